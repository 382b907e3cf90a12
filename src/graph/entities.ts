/** Entity reads: by ids (batched) and by any of its names. */
import type { GraphRunner, NamedQuery } from '../db/database';
import type { EntityRecord } from './records';
import { entityDateFactId } from '../model/ids';
import { nameKey } from '../model/nameKey';
import { primeEntities } from './requestPriming';

/** The projection of an entity node variable that toEntityRecord reads. */
export const entityFields = (node: string) =>
  `${node} { .id, .type, .name, .aliases, .description, .unresolved, .date, .dateEnd, .datePrecision, .dateInferred, .dateStatus }`;

/**
 * A Cypher expression: the records (entityFields) of the entities whose ids are in the list
 * expression `ids`, found by index; for queries that return ids and prime the entity loader.
 */
export const entitiesWithIds = (ids: string) => `COLLECT { MATCH (pe:Entity) WHERE pe.id IN ${ids} RETURN ${entityFields('pe')} }`;

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
    LIMIT 1`,
};

export interface EntityRow {
  entity: Record<string, unknown>;
}

export function toEntityRecord(row: Record<string, unknown>): EntityRecord {
  const date = row.date as string | null | undefined;
  return {
    id: row.id as string,
    type: row.type as EntityRecord['type'],
    name: row.name as string,
    aliases: (row.aliases as string[] | null) ?? [],
    description: (row.description as string | null) ?? null,
    unresolved: row.unresolved === true,
    date: date
      ? {
          value: date,
          endValue: (row.dateEnd as string | null) ?? null,
          precision: row.datePrecision as NonNullable<EntityRecord['date']>['precision'],
          inferred: row.dateInferred === true,
          status: row.dateStatus as NonNullable<EntityRecord['date']>['status'],
          factId: entityDateFactId(row.id as string),
        }
      : null,
  };
}

export async function findEntitiesByIds(db: GraphRunner, ids: readonly string[]): Promise<EntityRecord[]> {
  const rows = await db.read<EntityRow>(findEntitiesByIdsQuery, { ids });
  return rows.map((row) => toEntityRecord(row.entity));
}

/**
 * The id of the entity whose canonical name or alias normalises to the same key as `name`.
 * A canonical-name match wins over an alias match; undefined when nothing matches.
 */
export async function findEntityIdByName(db: GraphRunner, name: string): Promise<string | undefined> {
  const key = nameKey(name);
  if (key === '') return undefined;
  const [row] = await db.read<{ id: string; entity: Record<string, unknown> }>(findEntityIdsByNameKeyQuery, { key, phrase: `"${key}"` });
  if (row) primeEntities(db, [toEntityRecord(row.entity)]);
  return row?.id;
}
