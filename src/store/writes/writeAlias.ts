/** Adds an alias to an existing entity (inside a mutation's transaction). */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { lockForUpdate } from '../fragments';

const addAliasQuery: NamedQuery = {
  name: 'addAlias',
  cypher: `
    MATCH (e:Entity {id: $entityId})
    ${lockForUpdate('e')}
    WITH e, e.name <> $alias AND NOT $alias IN coalesce(e.aliases, []) AS isNew
    SET e.aliases = CASE WHEN isNew THEN coalesce(e.aliases, []) + $alias ELSE e.aliases END,
        e.nameKeys = CASE WHEN $key IN coalesce(e.nameKeys, []) THEN e.nameKeys ELSE coalesce(e.nameKeys, []) + $key END
    RETURN isNew`,
};

/**
 * Adds an alias, once: the entity is locked before its aliases are read, so of identical racing
 * calls one finds the alias new and the others find it there. Undefined when the entity does not exist,
 * false when it already had it.
 */
export async function writeAlias(tx: Transaction, entityId: string, alias: string, key: string): Promise<boolean | undefined> {
  const [row] = await tx.run<{ isNew: boolean }>(addAliasQuery, { entityId, alias, key });
  return row?.isNew;
}
