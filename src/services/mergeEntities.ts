/**
 * mergeEntities: one entity folded into another, with an undo record in the audit log.
 *
 * Semantics (docs/merges.md):
 * - Merged-away ids form chains: after merge(keep A, merge B) and merge(keep C, merge A), B still
 *   redirects to A and A to C, so both resolve to C. Nothing about B is rewritten by the second
 *   merge; unmergeEntity(A) brings A back with B still merged into it, and unmergeEntity(B)
 *   brings B back with A still merged into C (unmergeEntity.ts).
 * - A merge of two ids that already resolve to one entity (a repeat, a merge along an existing
 *   chain, or merge(keep: B, merge: A) after merge(keep: A, merge: B)) is done already: it
 *   changes nothing, records nothing and answers that entity. So 10 identical merges, in a row
 *   or racing, leave one merge and one audit record.
 * - A merge into or of any other merged-away id is CONFLICT, naming where that id went.
 * Both ids are locked before anything is read, inside the write transaction, so racing merges
 * queue and each sees what the one before committed.
 */
import type { Database } from '../db/database';
import { badInput, conflict, entityNotFound, notFound } from '../errors';
import { nameKey } from '../domain/nameKey';
import { foldEntity } from '../store/writes/foldEntity';
import { lockEntityIds } from '../store/writes/lockEntityIds';
import { auditedWrite } from './lib/auditedWrite';
import { mergeSummary } from './lib/mergeSummary';
import type { Writer } from './lib/writer';

/** Merges `mergeId` into `keepId`; answers the id of the entity that now holds both, and whether this call merged. */
export async function mergeEntities(
  db: Database,
  writer: Writer,
  keepId: string,
  mergeId: string,
): Promise<{ id: string; changed: boolean }> {
  if (keepId === mergeId) throw badInput('keepId and mergeId must differ.', 'input.mergeId');
  return auditedWrite<{ id: string; changed: boolean }>(db, 'mergeEntities', writer, async (tx) => {
    const ids = await lockEntityIds(tx, [keepId, mergeId]);
    const keep = ids.get(keepId);
    const gone = ids.get(mergeId);
    if (!keep) throw entityNotFound(keepId, 'input.keepId');
    if (!gone) throw entityNotFound(mergeId, 'input.mergeId');
    // Both already resolve to one entity (a repeat, a merge along a chain, or the opposite merge).
    const holder = keep.isEntity ? keep.id : keep.resolvesTo;
    if (holder !== null && holder === (gone.isEntity ? gone.id : gone.resolvesTo))
      return { result: { id: holder, changed: false }, change: undefined };
    if (!keep.isEntity) throw conflict(`${keepId} was merged into ${keep.resolvesTo ?? 'another entity'}; merge into that instead.`);
    if (!gone.isEntity) throw conflict(`${mergeId} was already merged into ${gone.resolvesTo ?? 'another entity'}.`);
    if (keep.type !== gone.type) throw badInput(`Cannot merge a ${gone.type} into a ${keep.type}.`, 'input.mergeId');
    const goneKeys = [gone.name, ...gone.aliases].map(nameKey).filter(Boolean);
    const undo = await foldEntity(tx, keepId, mergeId, goneKeys);
    if (!undo) throw notFound(`${mergeId} or ${keepId} vanished during the merge.`);
    return { result: { id: keepId, changed: true }, change: { summary: mergeSummary(undo), entityIds: [keepId, mergeId], details: undo } };
  });
}
