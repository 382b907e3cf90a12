/** mergeEntities: one entity folded into another, with an undo record in the audit log. */
import type { Database } from '../db/database';
import { badInput, entityNotFound, notFound } from '../errors';
import { nameKey } from '../domain/nameKey';
import { findEntitiesByIds } from '../store/entities';
import { foldEntity } from '../store/writes/foldEntity';
import { auditedWrite } from './lib/auditedWrite';

export async function mergeEntities(db: Database, editor: string, keepId: string, mergeId: string): Promise<string> {
  if (keepId === mergeId) throw badInput('keepId and mergeId must differ.', 'mergeId');
  const entities = await findEntitiesByIds(db, [keepId, mergeId]);
  const keep = entities.find((entity) => entity.id === keepId);
  const gone = entities.find((entity) => entity.id === mergeId);
  if (!keep) throw entityNotFound(keepId, 'keepId');
  if (!gone) throw entityNotFound(mergeId, 'mergeId');
  if (keep.type !== gone.type) throw badInput(`Cannot merge a ${gone.type} into a ${keep.type}.`, 'mergeId');
  const goneKeys = [gone.name, ...gone.aliases].map(nameKey).filter(Boolean);
  await auditedWrite(db, 'mergeEntities', editor, async (tx) => {
    const undo = await foldEntity(tx, keepId, mergeId, goneKeys);
    if (!undo) throw notFound(`${mergeId} or ${keepId} vanished during the merge.`);
    const summary = `merged ${mergeId} into ${keepId}: ${undo.created.factIds.length} facts moved, ${undo.created.evidenceIds.length} evidence items`;
    return { result: undefined, change: { summary, entityIds: [keepId, mergeId], details: undo } };
  });
  return keepId;
}
