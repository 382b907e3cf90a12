/**
 * The write of one validated fact with its evidence, inside a caller's transaction: what
 * assertFact and acceptProposal share. Both ends are locked and read first: an end merged away
 * since validation is CONFLICT naming where it went (before, the evidence was written without its
 * fact, and came back later as a phantom quote), and a merge racing this write waits for it,
 * then moves the fact with its evidence. The answer is the fact as stored, read in the same
 * transaction, whether the write changed anything (the same evidence, no stronger status and no
 * new date change nothing), and whether the fact was there before.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Transaction } from '../../db/transaction';
import type { ResolvedBundle } from '../../domain/bundle/resolvedBundle';
import { conflict, entityNotFound, notFound } from '../../errors';
import { findFactByIdIn } from '../../store/facts';
import type { RelationRecord } from '../../store/records';
import { claimFact, factStateOf } from '../../store/writes/claimFact';
import { lockEntityIds } from '../../store/writes/lockEntityIds';
import { writeBundle } from '../../store/writes/loadBundle';

export interface StoredFact {
  stored: RelationRecord;
  changed: boolean;
  existed: boolean;
}

/** `bundle` holds exactly one fact (and its evidence); `arguments_` name its ends for errors. */
export async function storeFact(tx: Transaction, bundle: ResolvedBundle, arguments_: { from: string; to: string }): Promise<StoredFact> {
  const fact = bundle.facts[0]!;
  const ends = await lockEntityIds(tx, [fact.fromId, fact.toId]);
  for (const [id, argument] of [
    [fact.fromId, arguments_.from],
    [fact.toId, arguments_.to],
  ] as const) {
    const end = ends.get(id);
    if (!end) throw entityNotFound(id, argument);
    if (!end.isEntity) throw conflict(`${id} was merged into ${end.resolvesTo ?? 'another entity'}; assert the fact there.`);
  }
  const before = await claimFact(tx, fact);
  await writeBundle(tx, bundle);
  const changed = !isDeepStrictEqual(await factStateOf(tx, fact), before);
  const stored = await findFactByIdIn(tx, fact.id);
  if (!stored) throw notFound(`Fact ${fact.id} was not stored.`);
  return { stored, changed, existed: before.fact !== null };
}
