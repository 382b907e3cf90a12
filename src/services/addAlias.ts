/** addAlias: another name for an entity (aliases are only ever added); audited when new. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { aliasInput } from '../domain/bundle/bundleSchema';
import { nameKey } from '../domain/nameKey';
import { badInput, notFound } from '../errors';
import { addAlias as addAliasInGraph } from '../store/writes/addAlias';
import { recordChange } from '../store/writes/recordChange';

export async function addAlias(db: Database, editor: string, entityId: string, alias: string): Promise<string> {
  const parsed = aliasInput.shape.text.safeParse(alias);
  if (!parsed.success) throw badInput(`alias: ${parsed.error.issues[0]?.message ?? 'invalid'}`, 'alias');
  const key = nameKey(parsed.data);
  if (key === '') throw badInput('alias: must contain a letter or digit', 'alias');
  await db.writeTransaction('addAlias', async (tx) => {
    const added = await addAliasInGraph(tx, entityId, parsed.data, key);
    if (added === undefined) throw notFound(`No entity with id "${entityId.slice(0, 100)}".`);
    if (added) {
      await recordChange(tx, { id: randomUUID(), operation: 'addAlias', editor, summary: `added alias "${parsed.data}" to ${entityId}`, entityIds: [entityId] });
    }
  });
  return entityId;
}
