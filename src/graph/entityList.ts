/** Lists of entities: filtered by type, name prefix and the dates of their facts; sorted; paged. */
import type { EntityOrder, EntityType } from '../__generated__/graphql';
import type { GraphRunner, NamedQuery } from '../db/database';
import { cypherFirstDay, cypherLastDay, firstDayKey, lastDayKey } from './dateKeys';
import { entityFields, toEntityRecord } from './entities';
import type { EntityPage } from './records';
import { primeEntities } from './requestPriming';

const FILTER = `
  ($types IS NULL OR e.type IN $types)
  AND ($prefix IS NULL OR e.nameKey STARTS WITH $prefix)
  AND ($fromKey IS NULL OR EXISTS {
    MATCH (e)-[r]-(:Entity)
    WHERE r.date IS NOT NULL AND r.retractedAt IS NULL
      AND ${cypherLastDay('r.date')} >= $fromKey AND ${cypherFirstDay('r.date')} <= $toKey
  })`;

const DEGREE = 'COUNT { (e)-[r]-(:Entity) WHERE r.id IS NOT NULL AND r.retractedAt IS NULL }';

// Sort keys come from this table (an enum), never from input.
const ORDER_BY: Record<EntityOrder, string> = {
  NAME_ASC: 'e.nameKey ASC, e.id ASC',
  NAME_DESC: 'e.nameKey DESC, e.id DESC',
  RELATION_COUNT_DESC: `${DEGREE} DESC, e.nameKey ASC, e.id ASC`,
};

const listQueries = Object.fromEntries(
  Object.entries(ORDER_BY).map(([order, orderBy]) => [
    order,
    {
      name: `listEntities:${order}`,
      cypher: `
        CALL () { MATCH (e:Entity) WHERE ${FILTER} RETURN count(e) AS total }
        CALL () {
          MATCH (e:Entity) WHERE ${FILTER}
          WITH e ORDER BY ${orderBy} SKIP $offset LIMIT $first
          RETURN collect(e.id) AS ids, collect(${entityFields('e')}) AS entities
        }
        RETURN total, ids, entities`,
    },
  ]),
) as Record<EntityOrder, NamedQuery>;

export interface EntityListFilter {
  types: EntityType[] | null;
  /** Already a name key (normalised). */
  prefix: string | null;
  factsFrom: string | null;
  factsTo: string | null;
  orderBy: EntityOrder;
  offset: number;
  first: number;
}

export async function listEntities(db: GraphRunner, filter: EntityListFilter): Promise<EntityPage> {
  const period = filter.factsFrom !== null || filter.factsTo !== null;
  const [row] = await db.read<{ total: number; ids: string[]; entities: Array<Record<string, unknown>> }>(listQueries[filter.orderBy], {
    types: filter.types,
    prefix: filter.prefix,
    fromKey: period ? firstDayKey(filter.factsFrom ?? '0000') : null,
    toKey: period ? lastDayKey(filter.factsTo ?? '9999') : null,
    offset: filter.offset,
    first: filter.first,
  });
  primeEntities(db, (row?.entities ?? []).map(toEntityRecord));
  return { totalCount: row?.total ?? 0, offset: filter.offset, items: row?.ids ?? [] };
}
