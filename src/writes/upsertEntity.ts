/** upsertEntity and addAlias: entities created or renamed; aliases only ever added. */
import { randomUUID } from 'node:crypto';
import type { UpsertEntityInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { badInput, conflict, notFound } from '../errors';
import { recordChange } from '../graph/audit';
import { findEntitiesByIds } from '../graph/entities';
import { addAlias as addAliasInGraph } from '../graph/entityWrites';
import { writeBundle } from '../graph/loadBundle';
import { isRedirect } from '../graph/redirects';
import { aliasInput } from '../ingest/bundleSchema';
import { nameKey } from '../model/nameKey';
import { validateAgainstGraph } from './validation';

export async function upsertEntity(db: Database, editor: string, input: UpsertEntityInput): Promise<string> {
  const bundle = await validateAgainstGraph(
    db,
    { documents: [], entities: [{ file: 'input', value: { ...input, aliases: input.aliases ?? [] } }], facts: [] },
    /^entities\[0\]/,
  );
  const [existing] = await findEntitiesByIds(db, [input.id]);
  if (existing && existing.type !== input.type) {
    throw badInput(`Entity ${input.id} is a ${existing.type}; its type cannot change to ${input.type}.`, 'input.type');
  }
  if (!existing && (await isRedirect(db, input.id))) {
    throw conflict(`${input.id} was merged into another entity; its id cannot be reused.`);
  }
  await db.writeTransaction('upsertEntity', async (tx) => {
    await writeBundle(tx, bundle);
    await recordChange(tx, {
      id: randomUUID(),
      operation: 'upsertEntity',
      editor,
      summary: `${existing ? 'updated' : 'created'} ${input.type} ${input.id} "${input.name}"`,
      entityIds: [input.id],
    });
  });
  return input.id;
}

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
