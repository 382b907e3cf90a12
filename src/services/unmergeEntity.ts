/**
 * unmergeEntity: the merge that made an id a redirect, undone from its audit record.
 *
 * Semantics (docs/merges.md): unmergeEntity(B) undoes the merge of B into the entity it was
 * merged into (A). If A has been merged into C since (a chain B -> A -> C), the merges above are
 * undone first, from the top, then B's, and then the ones above are merged again (each recorded as
 * a merge of its own): B is back, and A stays merged into C without B's facts. Every undo in it
 * must be safe: the kept entity unchanged since its merge (a fact, a name, another merge still in
 * force would be lost) and every entity the merged facts point at still an entity; otherwise the
 * answer is CONFLICT naming what changed, and nothing is written. Undoing an id that is an entity
 * again changes nothing and answers it; an id never merged away is NOT_FOUND. Every id involved is
 * locked before it is read, inside the write transaction, so racing unmerges undo once and record
 * once.
 */
import type { Database } from '../db/database';
import type { Transaction } from '../db/transaction';
import { nameKey } from '../domain/nameKey';
import { conflict, notFound } from '../errors';
import { foldEntity } from '../store/writes/foldEntity';
import { lockEntityIds } from '../store/writes/lockEntityIds';
import { findMergesOf, keepChangedSince, type MergeRecord } from '../store/writes/mergeRecords';
import { markUndone } from '../store/writes/markUndone';
import { undoMerge } from '../store/writes/undoMerge';
import { auditedWrite, type Change } from './lib/auditedWrite';
import { mergeSummary } from './lib/mergeSummary';
import type { Writer } from './lib/writer';

/** Undoes one merge whose kept entity is live, after checking that nothing would be lost. */
async function undoChecked(tx: Transaction, record: MergeRecord): Promise<void> {
  const { undo } = record;
  // Lock what the undo writes to: the kept entity and every entity the merged facts point at.
  const others = await lockEntityIds(tx, [undo.keepId, ...undo.gone.facts.map((fact) => fact.otherId)]);
  const mergedAway = [...others.values()].find((other) => !other.isEntity);
  if (mergedAway) {
    throw conflict(
      `${mergedAway.id}, linked to ${undo.goneId} before its merge, has since been merged into ${mergedAway.resolvesTo}; unmerge it first.`,
    );
  }
  if (await keepChangedSince(tx, record)) {
    throw conflict(`${undo.keepId} has changed since ${undo.goneId} was merged into it; undoing the merge would lose those changes.`);
  }
  await undoMerge(tx, undo);
  await markUndone(tx, record.changeId);
}

export async function unmergeEntity(db: Database, writer: Writer, id: string): Promise<{ id: string; changed: boolean }> {
  const notMerged = () => notFound(`${id.slice(0, 100)} is not a merged entity.`);
  return auditedWrite<{ id: string; changed: boolean }>(db, 'unmergeEntity', writer, async (tx) => {
    const subject = (await lockEntityIds(tx, [id])).get(id);
    if (!subject) throw notMerged();
    const [latest] = await findMergesOf(tx, id);
    if (subject.isEntity) {
      // Already undone (a repeat, or a race lost to an identical unmerge): the first outcome stands.
      if (latest?.undone) return { result: { id, changed: false }, change: undefined };
      throw notMerged();
    }
    if (!latest || latest.undone) throw notMerged();

    // The merges above `id` in its chain, nearest first: A into C, C into D, ...
    const above: MergeRecord[] = [];
    for (let keepId = latest.undo.keepId; ;) {
      const keep = (await lockEntityIds(tx, [keepId])).get(keepId);
      if (keep?.isEntity) break;
      const [merge] = keep ? await findMergesOf(tx, keepId) : [];
      const loops = above.some((record) => record.undo.goneId === keepId);
      if (!merge || merge.undone || loops) {
        throw conflict(`${keepId}, which ${id} was merged into, is gone and no merge record brings it back.`);
      }
      above.push(merge);
      keepId = merge.undo.keepId;
    }
    for (const merge of [...above].reverse()) await undoChecked(tx, merge);
    await undoChecked(tx, latest);

    // The rest of the chain merged again, without what `id` brought.
    const alsoRecorded: Array<Change & { operation: string }> = [];
    for (const { undo: earlier } of above) {
      const gone = (await lockEntityIds(tx, [earlier.goneId])).get(earlier.goneId);
      const goneKeys = gone ? [gone.name, ...gone.aliases].map(nameKey).filter(Boolean) : [];
      const undo = await foldEntity(tx, earlier.keepId, earlier.goneId, goneKeys);
      if (!undo) throw conflict(`${earlier.goneId} could not be merged into ${earlier.keepId} again.`);
      alsoRecorded.push({
        operation: 'mergeEntities',
        summary: `${mergeSummary(undo)} (again, after unmerging ${id})`,
        entityIds: [earlier.keepId, earlier.goneId],
        details: undo,
      });
    }
    const through = above.length > 0 ? ` (${above.map((merge) => merge.undo.goneId).join(', ')} merged again)` : '';
    return {
      result: { id, changed: true },
      change: {
        summary: `undid the merge of ${id} into ${latest.undo.keepId}${through}`,
        entityIds: [id, latest.undo.keepId],
        details: { undid: [...above.map((merge) => merge.changeId), latest.changeId] },
      },
      alsoRecorded,
    };
  });
}
