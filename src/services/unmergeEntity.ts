/** unmergeEntity: the latest merge of an id undone from its audit record, unless `keep` changed since. */
import type { Database } from '../db/database';
import { conflict, notFound } from '../errors';
import { findLatestMerge } from '../store/redirects';
import { markUndone } from '../store/writes/markUndone';
import { undoMerge } from '../store/writes/undoMerge';
import { auditedWrite } from './lib/auditedWrite';

export async function unmergeEntity(db: Database, editor: string, id: string): Promise<string> {
  const latest = await findLatestMerge(db, id);
  if (!latest) throw notFound(`${id.slice(0, 100)} is not a merged entity.`);
  if (latest.keepChangedSince) {
    throw conflict(`${latest.undo.keepId} has changed since the merge; undoing it would lose those changes.`);
  }
  await auditedWrite(db, 'unmergeEntity', editor, async (tx) => {
    await undoMerge(tx, latest.undo);
    await markUndone(tx, latest.changeId);
    return {
      result: undefined,
      change: { summary: `undid the merge of ${id} into ${latest.undo.keepId}`, entityIds: [id, latest.undo.keepId] },
    };
  });
  return id;
}
