/** Pages of entities' relations (facts), with their other ends and, when asked, their evidence. */
import type { Direction, RelationType } from '../__generated__/graphql';
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { isRelationType } from '../domain/ontology';
import { factConditions, factFilterParameters, factFilterUse, type FactFilter, type FactFilterUse } from './factFilter';
import { documentFields, entityFields, EVIDENCE_FIELDS, factFields, IS_LIVE_FACT } from './fragments';
import type { DocumentRecord, EntityRecord, EvidenceRecord, Read, RelationPage } from './records';
import { toDocumentRecord, toEntityRecord, toRelationRecord } from './toRecords';

export interface RelationFilter extends FactFilter {
  types: RelationType[] | null;
  direction: Direction;
  offset: number;
  first: number;
}

/**
 * What a page of relations fetches besides the facts: their other ends always (cheap, and nearly
 * every query shows them), their evidence and its documents when the operation selects them
 * (graphql/plugins/prefetchPlan.ts reads that from the operation before execution). All of it
 * comes back as side records for the request's loaders, so a relation page with evidence costs
 * one round trip instead of four.
 */
export interface PrefetchPlan {
  relationEvidence: boolean;
  evidenceDocuments: boolean;
  /** Whether documents come with their texts (~9 kB each): only when the operation selects them. */
  documentTexts: boolean;
}

export const NO_PREFETCH: PrefetchPlan = { relationEvidence: false, evidenceDocuments: false, documentTexts: false };

/** The evidence of fact `r`, in the order findEvidenceByFactIds returns it (optionally with documents). */
const evidenceOf = (documents: 'none' | 'withoutText' | 'withText') => `COLLECT {
        MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
        WITH ev, d ORDER BY d.id, ev.start
        RETURN { evidence: ${EVIDENCE_FIELDS}, document: ${documents === 'none' ? 'null' : documentFields('d', documents === 'withText')} }
      }`;

export type Prefetch = 'plain' | 'withEvidence' | 'withEvidenceAndDocuments' | 'withEvidenceAndDocumentTexts';

// The direction and the types are in the pattern, not in a WHERE: Neo4j then reads only the
// matching relationship groups of a dense node (a member of a hub's 60k facts reads its 100).
// One type (the usual filter) is written into the query, several are a parameter ($any, which
// Neo4j plans less tightly); both are values of the RelationType enum, never text.
const PATTERNS: Record<Direction, (types: string) => string> = {
  OUTGOING: (types) => `(self)-[r${types}]->(other:Entity)`,
  INCOMING: (types) => `(self)<-[r${types}]-(other:Entity)`,
  BOTH: (types) => `(self)-[r${types}]-(other:Entity)`,
};

const EVIDENCE: Record<Prefetch, string> = {
  plain: 'null',
  withEvidence: evidenceOf('none'),
  withEvidenceAndDocuments: evidenceOf('withoutText'),
  withEvidenceAndDocumentTexts: evidenceOf('withText'),
};

// One query for many entities (the loader's batch). Documents' MENTIONS links end at entities
// too, but start at a Document, so `other:Entity` keeps them out. Retracted facts stay hidden.
// The whole list is sorted to count and page it, but only the page's facts are projected.
// Status and period conditions (factFilter.ts) are written in only when the filter is used.
// `ids`: the list expression of the entities' ids; each row then holds an id, its total and page.
function pagesClauses(ids: string, direction: Direction, types: string, prefetch: Prefetch, use: FactFilterUse): string {
  return `
    UNWIND ${ids} AS id
    MATCH (self:Entity {id: id})
    CALL (self) {
      MATCH ${PATTERNS[direction](types)}
      WHERE ${[IS_LIVE_FACT, ...factConditions(use)].join(' AND ')}
      WITH r, other, startNode(r) = self AS outgoing
      ORDER BY type(r), other.name, r.id
      WITH collect({ r: r, other: other, outgoing: outgoing }) AS facts
      RETURN size(facts) AS total, facts[$offset..($offset + $first)] AS window
    }
    CALL (window) {
      UNWIND window AS item
      WITH item.r AS r, item.other AS other, item.outgoing AS outgoing
      RETURN collect(${factFields(`otherId: other.id, outgoing: outgoing, other: ${entityFields('other')}, evidence: ${EVIDENCE[prefetch]}`)}) AS page
    }`;
}

function relationPagesQuery(direction: Direction, types: string, prefetch: Prefetch, use: FactFilterUse, withSelf: boolean): NamedQuery {
  const filters = `${use.status ? ':status' : ''}${use.period ? ':period' : ''}`;
  return {
    name: `findRelationPages:${direction}:${types.replace(/^:/, '') || 'all'}:${prefetch}${filters}${withSelf ? ':withSelf' : ''}`,
    cypher: `${pagesClauses('$ids', direction, types, prefetch, use)}
    RETURN id, total, page${withSelf ? `, ${entityFields('self')} AS self` : ''}`,
  };
}

/** One type is written into the pattern, several are a parameter, none is no type at all. */
function typePattern(types: RelationType[] | null): string {
  const single = types?.length === 1 && types[0] && isRelationType(types[0]) ? types[0] : undefined;
  return single ? `:${single}` : types ? ':$any($types)' : '';
}

function prefetchOfPlan(prefetch: PrefetchPlan): Prefetch {
  if (!prefetch.relationEvidence) return 'plain';
  if (!prefetch.evidenceDocuments) return 'withEvidence';
  return prefetch.documentTexts ? 'withEvidenceAndDocumentTexts' : 'withEvidenceAndDocuments';
}

/** What the page clauses read besides the ids. */
function pageParameters(filter: RelationFilter): Record<string, unknown> {
  return { types: filter.types, ...factFilterParameters(filter), offset: filter.offset, first: filter.first };
}

/**
 * Relation pages for a statement that brings them along (entityList.ts): a CALL over the ids in
 * the variable `ids` that yields `pages` (rows as findRelationPages reads them; readPageRows
 * turns them into pages), a key for the statement's name, and the parameters it reads (`types`,
 * `offset`, `first` and the fact filter's: the host statement must not use those names).
 */
export function relationPagesPart(ids: string, filter: RelationFilter, prefetch: PrefetchPlan) {
  const fetch = prefetchOfPlan(prefetch);
  const use = factFilterUse(filter);
  const pattern = typePattern(filter.types);
  return {
    key: `${filter.direction}:${pattern.replace(/^:/, '') || 'all'}:${fetch}${use.status ? ':status' : ''}${use.period ? ':period' : ''}`,
    cypher: `CALL (${ids}) {${pagesClauses(ids, filter.direction, pattern, fetch, use)}
      RETURN collect({ id: id, total: total, page: page }) AS pages
    }`,
    parameters: pageParameters(filter),
  };
}

const relationPagesQueries = new Map<string, NamedQuery>();

const UNFILTERED: FactFilterUse = { status: false, period: false };

/** The named query for a direction, a type filter or none, what to prefetch and the fact filters used (built once each). */
export function relationPagesQueryFor(
  direction: Direction,
  types: RelationType[] | null,
  prefetch: Prefetch,
  use: FactFilterUse = UNFILTERED,
  withSelf = false,
): NamedQuery {
  const pattern = typePattern(types);
  const key = `${direction}:${pattern}:${prefetch}:${use.status}:${use.period}:${withSelf}`;
  let query = relationPagesQueries.get(key);
  if (!query) relationPagesQueries.set(key, (query = relationPagesQuery(direction, pattern, prefetch, use, withSelf)));
  return query;
}

export interface PageRow {
  id: string;
  total: number;
  /** The entity itself: Query.entity loads an entity's page first and finds it here (one round trip). */
  self?: Record<string, unknown>;
  page: Array<
    Record<string, unknown> & {
      outgoing: boolean;
      otherId: string;
      other: Record<string, unknown>;
      evidence: Array<{ evidence: EvidenceRecord; document: DocumentRecord | null }> | null;
    }
  >;
}

/**
 * Pages of relations for several entities with the same filter, in one round trip; the other
 * ends (and, as the plan asks, the evidence and its documents) come back as side records.
 */
export async function findRelationPages(
  db: GraphRunner,
  entityIds: readonly string[],
  filter: RelationFilter,
  prefetch: PrefetchPlan = NO_PREFETCH,
  /** Also read each entity's own record (a side record for the entity loader). */
  withSelf = false,
): Promise<Read<Map<string, RelationPage>>> {
  const query = relationPagesQueryFor(filter.direction, filter.types, prefetchOfPlan(prefetch), factFilterUse(filter), withSelf);
  const rows = await db.read<PageRow>(query, { ids: entityIds, ...pageParameters(filter) });
  return readPageRows(rows, filter.offset, prefetch);
}

/** Rows of the page clauses as pages by entity id, with their side records. */
export function readPageRows(rows: readonly PageRow[], offset: number, prefetch: PrefetchPlan): Read<Map<string, RelationPage>> {
  const pages = new Map<string, RelationPage>();
  const entities: EntityRecord[] = [];
  const evidence = new Map<string, EvidenceRecord[]>();
  const documents: DocumentRecord[] = [];
  for (const row of rows) {
    if (row.self) entities.push(toEntityRecord(row.self));
    pages.set(row.id, {
      totalCount: row.total,
      offset,
      items: row.page.map((item) => toRelationRecord(row.id, item, item.outgoing)),
    });
    entities.push(...row.page.map((item) => toEntityRecord(item.other)));
    if (!prefetch.relationEvidence) continue;
    for (const item of row.page) {
      const quoted = item.evidence ?? [];
      evidence.set(
        item.id as string,
        quoted.map((quote) => quote.evidence),
      );
      if (prefetch.evidenceDocuments)
        documents.push(...quoted.flatMap((quote) => (quote.document ? [toDocumentRecord(quote.document)] : [])));
    }
  }
  return { value: pages, side: prefetch.relationEvidence ? { entities, evidence, documents } : { entities } };
}
