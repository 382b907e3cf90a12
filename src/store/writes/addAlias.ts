/** Adds an alias to an existing entity (inside a mutation's transaction). */
import type { ManagedTransaction } from 'neo4j-driver';
import type { NamedQuery } from '../../db/database';

const addAliasQuery: NamedQuery = {
  name: 'addAlias',
  cypher: `
    MATCH (e:Entity {id: $entityId})
    WITH e, e.name <> $alias AND NOT $alias IN coalesce(e.aliases, []) AS isNew
    SET e.aliases = CASE WHEN isNew THEN coalesce(e.aliases, []) + $alias ELSE e.aliases END,
        e.nameKeys = CASE WHEN $key IN coalesce(e.nameKeys, []) THEN e.nameKeys ELSE coalesce(e.nameKeys, []) + $key END
    RETURN isNew`,
};

/** Adds an alias; undefined when the entity does not exist, false when it already had it. */
export async function addAlias(tx: ManagedTransaction, entityId: string, alias: string, key: string): Promise<boolean | undefined> {
  const result = await tx.run(addAliasQuery.cypher, { entityId, alias, key });
  const record = result.records[0];
  return record ? (record.get('isNew') as boolean) : undefined;
}
