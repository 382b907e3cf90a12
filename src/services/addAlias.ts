/** addAlias: another name for an entity (aliases are only ever added); audited when new. */
import type { Database } from '../db/database';
import { entityName } from '../domain/bundle/bundleSchema';
import { nameKey } from '../domain/nameKey';
import { badInput, conflict, entityNotFound } from '../errors';
import { lockEntityIds } from '../store/writes/lockEntityIds';
import { writeAlias } from '../store/writes/writeAlias';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';

/** The alias is checked by the same name rule as upsertEntity's names and aliases (entityName). */
export async function addAlias(db: Database, writer: Writer, entityId: string, alias: string): Promise<{ id: string; changed: boolean }> {
  const parsed = entityName.safeParse(alias);
  if (!parsed.success) throw badInput(`input.alias: ${parsed.error.issues[0]?.message ?? 'invalid'}`, 'input.alias');
  const key = nameKey(parsed.data);
  return auditedWrite(db, 'addAlias', writer, async (tx) => {
    // Locked and read first: an alias for an id merged away (or being merged away) is refused,
    // not written onto the redirect where no read sees it and an unmerge drops it.
    const target = (await lockEntityIds(tx, [entityId])).get(entityId);
    if (!target) throw entityNotFound(entityId);
    if (!target.isEntity) throw conflict(`${entityId} was merged into ${target.resolvesTo ?? 'another entity'}; add the alias there.`);
    const added = await writeAlias(tx, entityId, parsed.data, key);
    if (added === undefined) throw entityNotFound(entityId);
    // An alias the entity already had changes nothing, and nothing is recorded.
    return {
      result: { id: entityId, changed: added },
      change: added ? { summary: `added alias "${parsed.data}" to ${entityId}`, entityIds: [entityId] } : undefined,
    };
  });
}
