/** upsertEntity: an entity created or renamed (its type never changes, a merged-away id is never reused). */
import { isDeepStrictEqual } from 'node:util';
import type { AliasInput, UpsertEntityInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { badInput, conflict } from '../errors';
import { claimEntity, entityStateOf } from '../store/writes/claimEntity';
import { lockEntityIds } from '../store/writes/lockEntityIds';
import { writeBundle } from '../store/writes/loadBundle';
import { validateAgainstGraph } from './lib/validateAgainstGraph';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';

/** An alias as the bundle schema spells it (its scope in lower case, absent when not given). */
const bundleAlias = ({ scope, ...alias }: AliasInput) => (scope ? { ...alias, scope: scope.toLowerCase() } : alias);

/**
 * Idempotent: the entity is locked before it is read, so of identical upserts racing or repeated
 * one records "created" and the rest find nothing to change and record nothing; an upsert that
 * changes a field records "updated".
 */
/** What an upsert did: `created` a new entity, or `changed` one (false for a repeat). */
export interface UpsertOutcome {
  id: string;
  created: boolean;
  changed: boolean;
}

export async function upsertEntity(db: Database, writer: Writer, input: UpsertEntityInput): Promise<UpsertOutcome> {
  const bundle = await validateAgainstGraph(
    db,
    { documents: [], entities: [{ file: 'input', value: { ...input, aliases: (input.aliases ?? []).map(bundleAlias) } }], facts: [] },
    /^entities\[0\]/,
  );
  return auditedWrite(db, 'upsertEntity', writer, async (tx) => {
    // Locked and read first, so an upsert racing a merge of this id sees the redirect. Deliberate:
    // a merged-away id keeps resolving to where it went; unmergeEntity brings it back.
    const merged = (await lockEntityIds(tx, [input.id])).get(input.id);
    if (merged && !merged.isEntity) {
      throw conflict(
        `${input.id} was merged into ${merged.resolvesTo ?? 'another entity'}; its id cannot be reused (unmergeEntity brings it back).`,
      );
    }
    const { created, before } = await claimEntity(tx, input.id);
    const type = before.properties.type;
    if (!created && type !== input.type) {
      throw badInput(`Entity ${input.id} is a ${String(type)}; its type cannot change to ${input.type}.`, 'input.type');
    }
    await writeBundle(tx, bundle);
    const changed = created || !isDeepStrictEqual(await entityStateOf(tx, input.id), before);
    return {
      result: { id: input.id, created, changed },
      change: changed
        ? { summary: `${created ? 'created' : 'updated'} ${input.type} ${input.id} "${input.name}"`, entityIds: [input.id] }
        : undefined,
    };
  });
}
