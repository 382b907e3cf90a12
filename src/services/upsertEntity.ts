/** upsertEntity: an entity created or renamed (its type never changes, a merged-away id is never reused). */
import type { UpsertEntityInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { badInput, conflict } from '../errors';
import { findEntitiesByIds } from '../store/entities';
import { isRedirect } from '../store/redirects';
import { writeBundle } from '../store/writes/loadBundle';
import { validateAgainstGraph } from './lib/validateAgainstGraph';
import { auditedWrite } from './lib/auditedWrite';

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
  await auditedWrite(db, 'upsertEntity', editor, async (tx) => {
    await writeBundle(tx, bundle);
    return {
      result: undefined,
      change: { summary: `${existing ? 'updated' : 'created'} ${input.type} ${input.id} "${input.name}"`, entityIds: [input.id] },
    };
  });
  return input.id;
}
