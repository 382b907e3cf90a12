/** assertFact: a fact with its evidence, validated against the graph, written and audited. */
import { isDeepStrictEqual } from 'node:util';
import type { AssertFactInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { conflict, entityNotFound, notFound } from '../errors';
import { findFactByIdIn } from '../store/facts';
import type { RelationRecord } from '../store/records';
import { claimFact, factStateOf } from '../store/writes/claimFact';
import { lockEntityIds } from '../store/writes/lockEntityIds';
import { writeBundle } from '../store/writes/loadBundle';
import { validateAgainstGraph } from './lib/validateAgainstGraph';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';

/**
 * Idempotent: asserting what the graph already holds (the same evidence, no stronger status, no
 * new date) changes nothing and records nothing, whether repeated or racing.
 *
 * Both ends are locked and read first: an end merged away since validation is CONFLICT naming
 * where it went (before, the evidence was written without its fact, and came back later as a
 * phantom quote), and a merge racing this write waits for it, then moves the fact with its
 * evidence. The answer is the fact as stored, read in the same transaction.
 */
export async function assertFact(
  db: Database,
  writer: Writer,
  input: AssertFactInput,
): Promise<{ relation: RelationRecord; changed: boolean }> {
  const bundle = await validateAgainstGraph(db, { documents: [], entities: [], facts: [{ file: 'input', value: input }] }, /^facts\[0\]/);
  const fact = bundle.facts[0]!;
  return auditedWrite(db, 'assertFact', writer, async (tx) => {
    const ends = await lockEntityIds(tx, [fact.fromId, fact.toId]);
    for (const [id, argument] of [
      [fact.fromId, 'input.from'],
      [fact.toId, 'input.to'],
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
    const summary = `asserted ${fact.id} (${fact.status}) with ${bundle.evidence.length} evidence item(s)`;
    return {
      result: { relation: stored, changed },
      change: changed
        ? { summary, entityIds: [fact.fromId, fact.toId], factIds: [fact.id], documentIds: bundle.evidence.map((ev) => ev.documentId) }
        : undefined,
    };
  });
}
