/** Lists of entities: filtered by type, name prefix and the dates and statuses of their facts; sorted; paged. */
import type { EntityOrder, EntityType, FactStatus } from '../__generated__/graphql';
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { labelOf } from '../domain/ontology';
import type { EntityPage, Read, RelationPage } from './records';
import { factConditions, factFilterParameters, factFilterUse, type FactFilter } from './factFilter';
import { readPageRows, relationPagesPart, type PageRow, type PrefetchPlan, type RelationFilter } from './relations';
import { entityFields, IS_LIVE_FACT } from './fragments';
import { toEntityRecord } from './toRecords';

/** The filters a list uses; each is in the query only when set, so an unfiltered count is read from the count store. */
interface Filters {
  types: boolean;
  prefix: boolean;
  period: boolean;
  status: boolean;
}

const whereOf = (filters: Filters) => {
  const parts = [
    filters.types ? 'e.type IN $entityTypes' : null,
    filters.prefix ? 'e.nameKey STARTS WITH $prefix' : null,
    // One fact must meet both the period and the status: "a fact planned in 2026".
    filters.period || filters.status
      ? `EXISTS {
    MATCH (e)-[r]-(:Entity)
    WHERE ${[IS_LIVE_FACT, ...factConditions(filters)].join(' AND ')}
  }`
      : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '';
};

const DEGREE = 'COUNT { (e)-[r]-(:Entity) WHERE r.id IS NOT NULL AND r.retractedAt IS NULL }';

// Sort keys come from this table (an enum), never from input.
const ORDER_BY: Record<EntityOrder, string> = {
  NAME_ASC: 'e.nameKey ASC, e.id ASC',
  NAME_DESC: 'e.nameKey DESC, e.id DESC',
  RELATION_COUNT_DESC: `${DEGREE} DESC, e.nameKey ASC, e.id ASC`,
};

/** Relation pages the list's statement reads for its entities as well (relations.ts). */
type PagesPart = ReturnType<typeof relationPagesPart>;

// A list of one type (the usual case) is matched by that type's label, which Neo4j reads from
// its label index instead of testing the type of every entity. Labels come from the ontology.
// Its own parameters are named apart from those of the relation pages it may bring along.
function listQuery(order: EntityOrder, label: string, filters: Filters, pages: PagesPart | null): NamedQuery {
  const where = whereOf(filters);
  return {
    name: `listEntities:${order}:${label}${Object.entries(filters)
      .map(([name, used]) => (used ? `:${name}` : ''))
      .join('')}${pages ? `:withRelations:${pages.key}` : ''}`,
    cypher: `
        CALL () { MATCH (e:${label}) ${where} RETURN count(e) AS total }
        CALL () {
          MATCH (e:${label}) ${where}
          WITH e ORDER BY ${ORDER_BY[order]} SKIP $listOffset LIMIT $listFirst
          RETURN collect(e.id) AS ids, collect(${entityFields('e')}) AS entities
        }${pages ? `\n        ${pages.cypher}` : ''}
        RETURN total, ids, entities${pages ? ', pages' : ''}`,
  };
}

const listQueries = new Map<string, NamedQuery>();

/** The named query for an order and the filters a list uses, and the relation pages it brings (built once each). */
export function listQueryFor(order: EntityOrder, filter: EntityListFilter, pages: PagesPart | null = null): NamedQuery {
  const label = filter.types?.length === 1 && filter.types[0] ? labelOf(filter.types[0]) : 'Entity';
  const filters: Filters = {
    types: label === 'Entity' && filter.types !== null,
    prefix: filter.prefix !== null,
    period: filter.factsFrom !== null || filter.factsTo !== null,
    status: filter.factStatus !== null,
  };
  const key = `${order}:${label}:${JSON.stringify(filters)}:${pages?.key ?? ''}`;
  let query = listQueries.get(key);
  if (!query) listQueries.set(key, (query = listQuery(order, label, filters, pages)));
  return query;
}

export interface EntityListFilter {
  types: EntityType[] | null;
  /** Already a name key (normalised). */
  prefix: string | null;
  factsFrom: string | null;
  factsTo: string | null;
  /** Keep entities with a fact of one of these statuses (null: any). */
  factStatus: FactStatus[] | null;
  orderBy: EntityOrder;
  offset: number;
  first: number;
}

/** The relation page every listed entity gets: what each one's `relations` field asks for. */
export interface ListedRelations {
  filter: RelationFilter;
  prefetch: PrefetchPlan;
}

/**
 * A page of entities; with `relations`, each entity's page of relations too, in the same
 * statement (null when the list's fact filter and the pages' would share parameters: then
 * they are left to the relation loader).
 */
export async function listEntities(
  db: GraphRunner,
  filter: EntityListFilter,
  relations: ListedRelations | null = null,
): Promise<Read<{ page: EntityPage; relationPages: Map<string, RelationPage> | null }>> {
  const facts: FactFilter = { statuses: filter.factStatus, from: filter.factsFrom, to: filter.factsTo };
  const listUse = factFilterUse(facts);
  const pagesUse = relations ? factFilterUse(relations.filter) : null;
  const shareParameters = pagesUse !== null && (listUse.status || listUse.period) && (pagesUse.status || pagesUse.period);
  const pages = relations && !shareParameters ? relationPagesPart('ids', relations.filter, relations.prefetch) : null;
  const [row] = await db.read<{ total: number; ids: string[]; entities: Array<Record<string, unknown>>; pages?: PageRow[] }>(
    listQueryFor(filter.orderBy, filter, pages),
    {
      ...pages?.parameters,
      entityTypes: filter.types,
      prefix: filter.prefix,
      ...(listUse.status || listUse.period ? factFilterParameters(facts) : {}),
      listOffset: filter.offset,
      listFirst: filter.first,
    },
  );
  const listed = (row?.entities ?? []).map(toEntityRecord);
  const page: EntityPage = { totalCount: row?.total ?? 0, offset: filter.offset, items: row?.ids ?? [] };
  if (!pages || !relations) return { value: { page, relationPages: null }, side: { entities: listed } };
  const read = readPageRows(row?.pages ?? [], relations.filter, relations.prefetch);
  return {
    value: { page, relationPages: read.value },
    side: { ...read.side, entities: [...listed, ...(read.side.entities ?? [])] },
  };
}
