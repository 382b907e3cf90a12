/**
 * unmergeEntity: the merge that made an id a redirect, undone from its audit record.
 *
 * Semantics (docs/merges.md): merges are undone like a stack along a chain. unmergeEntity(B) undoes
 * the merge of B into the entity it was merged into (A), which must be a live entity unchanged
 * since: if A has been merged into C since, the answer is CONFLICT naming A (undo that first); if
 * A changed otherwise (a fact, a name, another merge still in force), CONFLICT too, as undoing
 * would lose that change. Undoing an id that is already an entity again changes nothing and
 * answers it; an id never merged away is NOT_FOUND. Every id involved is locked first, inside
 * the write transaction, so racing unmerges undo once and record once.
 */
import type { Database } from '../db/database';
import { conflict, notFound } from '../errors';
import { lockEntityIds } from '../store/writes/lockEntityIds';
import { findMergesOf, keepChangedSince } from '../store/writes/mergeRecords';
import { markUndone } from '../store/writes/markUndone';
import { undoMerge } from '../store/writes/undoMerge';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';

export async function unmergeEntity(db: Database, writer: Writer, id: string): Promise<string> {
  const notMerged = () => notFound(`${id.slice(0, 100)} is not a merged entity.`);
  return auditedWrite(db, 'unmergeEntity', writer, async (tx) => {
    const subject = (await lockEntityIds(tx, [id])).get(id);
    if (!subject) throw notMerged();
    const [latest] = await findMergesOf(tx, id);
    if (subject.isEntity) {
      // Already undone (a repeat, or a race lost to an identical unmerge): the first outcome stands.
      if (latest?.undone) return { result: id, change: undefined };
      throw notMerged();
    }
    if (!latest || latest.undone) throw notMerged();
    const { undo } = latest;
    // Lock what the undo writes to: the kept entity and every entity the merged facts point at.
    const others = await lockEntityIds(tx, [undo.keepId, ...undo.gone.facts.map((fact) => fact.otherId)]);
    const keep = others.get(undo.keepId);
    if (!keep?.isEntity) {
      throw conflict(
        `${id} was merged into ${undo.keepId}, which has since been merged into ${keep?.resolvesTo ?? 'another entity'}; unmerge ${undo.keepId} first.`,
      );
    }
    const mergedAway = [...others.values()].find((other) => !other.isEntity);
    if (mergedAway) {
      throw conflict(
        `${mergedAway.id}, linked to ${id} before the merge, has since been merged into ${mergedAway.resolvesTo}; unmerge it first.`,
      );
    }
    if (await keepChangedSince(tx, latest)) {
      throw conflict(`${undo.keepId} has changed since the merge; undoing it would lose those changes.`);
    }
    await undoMerge(tx, undo);
    await markUndone(tx, latest.changeId);
    return {
      result: id,
      change: {
        summary: `undid the merge of ${id} into ${undo.keepId}`,
        entityIds: [id, undo.keepId],
        details: { undid: latest.changeId },
      },
    };
  });
}
