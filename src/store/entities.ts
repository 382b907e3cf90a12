/** Entity reads: by ids (batched) and by any of its names. */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import type { EntityRecord, Read } from './records';
import { entityFields } from './fragments';
import { toEntityRecord, type EntityRow } from './toRecords';
import { nameKey } from '../domain/nameKey';

const ENTITY_FIELDS = entityFields('e');

const findEntitiesByIdsQuery: NamedQuery = {
  name: 'findEntitiesByIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    RETURN ${ENTITY_FIELDS} AS entity`,
};

// The keyword analyzer indexes each normalised name as one token: an exact, indexed lookup over
// canonical names and aliases alike. Keys hold only letters, digits and spaces (nameKey), so
// quoting them as a phrase is safe. Several keys in one statement (aliased root fields batch).
const findEntitiesByNameKeysQuery: NamedQuery = {
  name: 'findEntitiesByNameKeys',
  cypher: `
    UNWIND $lookups AS lookup
    CALL (lookup) {
      CALL db.index.fulltext.queryNodes('entity_name_keys', lookup.phrase) YIELD node
      WITH node, CASE WHEN node.nameKey = lookup.key THEN 0 ELSE 1 END AS rank
      ORDER BY rank, node.id
      LIMIT 20
      RETURN collect(${entityFields('node')}) AS entities
    }
    RETURN lookup.key AS key, entities`,
};

export async function findEntitiesByIds(db: GraphRunner, ids: readonly string[]): Promise<EntityRecord[]> {
  const rows = await db.read<EntityRow>(findEntitiesByIdsQuery, { ids });
  return rows.map((row) => toEntityRecord(row.entity));
}

/** Whether the entity has `key` as its name's key or a general alias's (not one bound to a document). */
function namedGenerallyBy(entity: EntityRecord, key: string): boolean {
  if (nameKey(entity.name) === key) return true;
  const bound = new Set(entity.documentAliases.map((alias) => alias.text));
  return entity.aliases.some((alias) => !bound.has(alias) && nameKey(alias) === key);
}

/**
 * For each name, the id of the entity whose canonical name or alias normalises to the same key.
 * A canonical-name match wins over an alias match; an alias bound to one document ("the council")
 * names nothing outside it and does not count. A name without a match is absent from the map.
 * One round trip for all the names; the entities found come along as side records.
 */
export async function findEntityIdsByNames(db: GraphRunner, names: readonly string[]): Promise<Read<Map<string, string>>> {
  const keyOfName = new Map(names.map((name) => [name, nameKey(name)]));
  const keys = [...new Set([...keyOfName.values()].filter((key) => key !== ''))];
  const found = new Map<string, EntityRecord>();
  if (keys.length > 0) {
    const rows = await db.read<{ key: string; entities: Array<Record<string, unknown>> }>(findEntitiesByNameKeysQuery, {
      lookups: keys.map((key) => ({ key, phrase: `"${key}"` })),
    });
    for (const row of rows) {
      const entity = row.entities.map(toEntityRecord).find((candidate) => namedGenerallyBy(candidate, row.key));
      if (entity) found.set(row.key, entity);
    }
  }
  const ids = new Map<string, string>();
  for (const [name, key] of keyOfName) {
    const entity = found.get(key);
    if (entity) ids.set(name, entity.id);
  }
  return { value: ids, side: { entities: [...found.values()] } };
}
