/** The entities each name key names (keyword full-text index), for linking mentions in a new text. */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';

const findByNameKeysQuery: NamedQuery = {
  name: 'findEntitiesByNameKeys',
  cypher: `
    UNWIND $keys AS key
    CALL db.index.fulltext.queryNodes('entity_name_keys', '"' + key + '"') YIELD node
    RETURN key, collect(node { .id, .name, .aliases }) AS entities`,
};

export interface NamedEntity {
  id: string;
  name: string;
  aliases: string[] | null;
}

/** For each key, the entities whose canonical name or an alias has that key (the caller filters). */
export async function findEntitiesByNameKeys(db: GraphRunner, keys: readonly string[]): Promise<Map<string, NamedEntity[]>> {
  const rows = await db.read<{ key: string; entities: NamedEntity[] }>(findByNameKeysQuery, { keys });
  return new Map(rows.map((row) => [row.key, row.entities]));
}
