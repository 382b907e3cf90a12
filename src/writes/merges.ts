/** mergeEntities and unmergeEntity, recorded in (and undone from) the audit log. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { badInput, conflict, notFound } from '../errors';
import { recordChange } from '../graph/audit';
import { findEntitiesByIds } from '../graph/entities';
import { findLatestMerge, markUndone } from '../graph/redirects';
import { mergeEntities as mergeInGraph, undoMerge } from '../graph/merge';
import { nameKey } from '../model/nameKey';

export async function mergeEntities(db: Database, editor: string, keepId: string, mergeId: string): Promise<string> {
  if (keepId === mergeId) throw badInput('keepId and mergeId must differ.', 'mergeId');
  const entities = await findEntitiesByIds(db, [keepId, mergeId]);
  const keep = entities.find((entity) => entity.id === keepId);
  const gone = entities.find((entity) => entity.id === mergeId);
  if (!keep) throw notFound(`No entity with id "${keepId.slice(0, 100)}" (argument \`keepId\`).`);
  if (!gone) throw notFound(`No entity with id "${mergeId.slice(0, 100)}" (argument \`mergeId\`).`);
  if (keep.type !== gone.type) throw badInput(`Cannot merge a ${gone.type} into a ${keep.type}.`, 'mergeId');
  const goneKeys = [gone.name, ...gone.aliases].map(nameKey).filter(Boolean);
  await db.writeTransaction('mergeEntities', async (tx) => {
    const undo = await mergeInGraph(tx, keepId, mergeId, goneKeys);
    if (!undo) throw notFound(`${mergeId} or ${keepId} vanished during the merge.`);
    await recordChange(tx, {
      id: randomUUID(),
      operation: 'mergeEntities',
      editor,
      summary: `merged ${mergeId} into ${keepId}: ${undo.created.factIds.length} facts moved, ${undo.created.evidenceIds.length} evidence items`,
      entityIds: [keepId, mergeId],
      details: undo,
    });
  });
  return keepId;
}

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
