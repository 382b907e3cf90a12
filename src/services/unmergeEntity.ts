/** unmergeEntity: the latest merge of an id undone from its audit record, unless `keep` changed since. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { conflict, notFound } from '../errors';
import { findLatestMerge } from '../store/redirects';
import { markUndone } from '../store/writes/markUndone';
import { recordChange } from '../store/writes/recordChange';
import { undoMerge } from '../store/writes/undoMerge';

export async function unmergeEntity(db: Database, editor: string, id: string): Promise<string> {
  const latest = await findLatestMerge(db, id);
  if (!latest) throw notFound(`${id.slice(0, 100)} is not a merged entity.`);
  if (latest.keepChangedSince) {
    throw conflict(`${latest.undo.keepId} has changed since the merge; undoing it would lose those changes.`);
  }
  await db.writeTransaction('unmergeEntity', async (tx) => {
    await undoMerge(tx, latest.undo);
    await markUndone(tx, latest.changeId);
    await recordChange(tx, {
      id: randomUUID(),
      operation: 'unmergeEntity',
      editor,
      summary: `undid the merge of ${id} into ${latest.undo.keepId}`,
      entityIds: [id, latest.undo.keepId],
    });
  });
  return id;
}
