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
// quoting them as a phrase is safe.
const findEntityIdsByNameKeyQuery: NamedQuery = {
  name: 'findEntityIdsByNameKey',
  cypher: `
    CALL db.index.fulltext.queryNodes('entity_name_keys', $phrase) YIELD node
    WITH node, CASE WHEN node.nameKey = $key THEN 0 ELSE 1 END AS rank
    RETURN node.id AS id, ${entityFields('node')} AS entity
    ORDER BY rank, node.id
    LIMIT 20`,
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
 * The id of the entity whose canonical name or alias normalises to the same key as `name`.
 * A canonical-name match wins over an alias match; an alias bound to one document ("the council")
 * names nothing outside it and does not count. Undefined when nothing matches. The entity itself
 * comes along as a side record.
 */
export async function findEntityIdByName(db: GraphRunner, name: string): Promise<Read<string | undefined>> {
  const key = nameKey(name);
  if (key === '') return { value: undefined, side: {} };
  const rows = await db.read<{ id: string; entity: Record<string, unknown> }>(findEntityIdsByNameKeyQuery, { key, phrase: `"${key}"` });
  const found = rows.map((row) => toEntityRecord(row.entity)).find((entity) => namedGenerallyBy(entity, key));
  return { value: found?.id, side: { entities: found ? [found] : [] } };
}
