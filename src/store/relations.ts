/** Pages of entities' relations (facts), with their other ends and, when asked, their evidence. */
import type { Direction, RelationType } from '../__generated__/graphql';
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { isRelationType } from '../domain/ontology';
import { factConditions, factFilterParameters, factFilterUse, type FactFilter, type FactFilterUse } from './factFilter';
import { documentFields, entityFields, EVIDENCE_FIELDS, FACT_PROPERTIES, factFields, IS_LIVE_FACT, type FactProperty } from './fragments';
import type { DocumentRecord, EntityRecord, EvidenceRecord, Read, RelationPage, RelationRecord } from './records';
import {
  toBriefDocumentRecord,
  toBriefEntityRecord,
  toBriefEvidenceRecord,
  toDocumentRecord,
  toEntityRecord,
  toRelationRecord,
} from './toRecords';

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
  /**
   * Whether the page may read its other ends as id, type and name only (its evidence as quote,
   * offsets and document id, their documents as id and title): the operation selects nothing
   * else of them (prefetchPlan.ts). Brief records go to the relations (and evidence) directly,
   * never to the request's loaders.
   */
  briefOthers?: boolean;
  briefEvidence?: boolean;
  briefDocuments?: boolean;
  /** The fact properties the operation selects of any relation (prefetchPlan.ts); absent: all of them. */
  factProperties?: readonly FactProperty[];
}

export const NO_PREFETCH: PrefetchPlan = { relationEvidence: false, evidenceDocuments: false, documentTexts: false };

/** The projection of an other end the operation shows only its id and name of (`__resolveType` reads the type). */
const BRIEF_ENTITY_FIELDS = (node: string) => `${node} { .id, .type, .name }`;
const BRIEF_EVIDENCE_FIELDS = 'ev { .quote, .start, .end }';
const BRIEF_DOCUMENT_FIELDS = 'd { .id, .title }';

type Documents = 'none' | 'brief' | 'withoutText' | 'withText';

/** The evidence of fact `r`, in the order findEvidenceByFactIds returns it (optionally with documents). */
const evidenceOf = (brief: boolean, documents: Documents) => `COLLECT {
        MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
        WITH ev, d ORDER BY d.id, ev.start
        RETURN { evidence: ${brief ? BRIEF_EVIDENCE_FIELDS : EVIDENCE_FIELDS}, ${brief ? 'documentId: d.id, ' : ''}document: ${
          documents === 'none' ? 'null' : documents === 'brief' ? BRIEF_DOCUMENT_FIELDS : documentFields('d', documents === 'withText')
        } }
      }`;

/** What a page reads besides its facts (from the PrefetchPlan): the names of the statement variants. */
export type Prefetch = 'plain' | 'withEvidence' | 'withEvidenceAndDocuments' | 'withEvidenceAndDocumentTexts';

export interface PageShape {
  prefetch: Prefetch;
  briefOthers: boolean;
  briefEvidence: boolean;
  briefDocuments: boolean;
  /** The fact properties read besides id and type (all of them unless the plan names fewer). */
  factProperties?: readonly FactProperty[];
}

// The direction and the types are in the pattern, not in a WHERE: Neo4j then reads only the
// matching relationship groups of a dense node (a member of a hub's 60k facts reads its 100).
// One type (the usual filter) is written into the query, several are a parameter ($any, which
// Neo4j plans less tightly); both are values of the RelationType enum, never text.
const PATTERNS: Record<Direction, (types: string) => string> = {
  OUTGOING: (types) => `(self)-[r${types}]->(other:Entity)`,
  INCOMING: (types) => `(self)<-[r${types}]-(other:Entity)`,
  BOTH: (types) => `(self)-[r${types}]-(other:Entity)`,
};

function evidenceProjection({ prefetch, briefEvidence, briefDocuments }: PageShape): string {
  if (prefetch === 'plain') return 'null';
  if (prefetch === 'withEvidence') return evidenceOf(briefEvidence, 'none');
  if (prefetch === 'withEvidenceAndDocumentTexts') return evidenceOf(briefEvidence, 'withText');
  return evidenceOf(briefEvidence, briefDocuments ? 'brief' : 'withoutText');
}

/**
 * The variant's part of the statement's name: `withEvidenceAndDocuments:brief` when all it reads
 * besides the facts is brief, else the brief kinds (`withEvidence:brief-others`).
 */
function shapeName({ prefetch, briefOthers, briefEvidence, briefDocuments, factProperties }: PageShape): string {
  const read = { others: true, evidence: prefetch !== 'plain', documents: prefetch === 'withEvidenceAndDocuments' };
  const brief = { others: briefOthers, evidence: briefEvidence, documents: briefDocuments };
  const kinds = (Object.keys(read) as (keyof typeof read)[]).filter((kind) => read[kind] && brief[kind]);
  const facts = factProperties && factProperties.length < FACT_PROPERTIES.length ? `:facts-${factProperties.join('-') || 'bare'}` : '';
  if (kinds.length === 0) return `${prefetch}${facts}`;
  const all = kinds.length === Object.values(read).filter(Boolean).length;
  return `${prefetch}:${all ? 'brief' : `brief-${kinds.join('-')}`}${facts}`;
}

/**
 * The statement on one line: a page's statement then fits one Bolt chunk (1,400 bytes with its
 * parameters and metadata), one socket write instead of two. Only for our own templates, whose
 * string literals never span lines.
 */
const oneLine = (cypher: string) => cypher.replace(/\s*\n\s*/g, ' ').trim();

// One query for many entities (the loader's batch). Documents' MENTIONS links end at entities
// too, but start at a Document, so `other:Entity` keeps them out. Retracted facts stay hidden.
// The whole list is sorted to count and page it, but only the page's facts are projected.
// Status and period conditions (factFilter.ts) are written in only when the filter is used.
// `ids`: the list expression of the entities' ids; each row then holds an id, its total and page.
function pagesClauses(ids: string, direction: Direction, types: string, shape: PageShape, use: FactFilterUse): string {
  const other = shape.briefOthers ? BRIEF_ENTITY_FIELDS('other') : entityFields('other');
  // Which way a fact points is read per fact only when both ways are asked for.
  const both = direction === 'BOTH';
  return `
    UNWIND ${ids} AS id
    MATCH (self:Entity {id: id})
    CALL (self) {
      MATCH ${PATTERNS[direction](types)}
      WHERE ${[IS_LIVE_FACT, ...factConditions(use)].join(' AND ')}
      WITH r, other${both ? ', startNode(r) = self AS outgoing' : ''}
      ORDER BY type(r), other.name, r.id
      WITH collect({ r: r, other: other${both ? ', outgoing: outgoing' : ''} }) AS facts
      RETURN size(facts) AS total, facts[$offset..($offset + $first)] AS window
    }
    CALL (window) {
      UNWIND window AS item
      WITH item.r AS r, item.other AS other${both ? ', item.outgoing AS outgoing' : ''}
      RETURN collect(${factFields(`${both ? 'outgoing: outgoing, ' : ''}other: ${other}, evidence: ${evidenceProjection(shape)}`, shape.factProperties)}) AS page
    }`;
}

function relationPagesQuery(direction: Direction, types: string, shape: PageShape, use: FactFilterUse, withSelf: boolean): NamedQuery {
  const filters = `${use.status ? ':status' : ''}${use.period ? ':period' : ''}`;
  return {
    name: `findRelationPages:${direction}:${types.replace(/^:/, '') || 'all'}:${shapeName(shape)}${filters}${withSelf ? ':withSelf' : ''}`,
    cypher: oneLine(`${pagesClauses('$ids', direction, types, shape, use)}
    RETURN id, total, page${withSelf ? `, ${entityFields('self')} AS self` : ''}`),
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

/** The statement variant of a plan: brief only where the plan allows it and the page reads that kind at all. */
function shapeOfPlan(plan: PrefetchPlan): PageShape {
  const prefetch = prefetchOfPlan(plan);
  const evidence = prefetch !== 'plain';
  return {
    prefetch,
    briefOthers: plan.briefOthers === true,
    briefEvidence: evidence && plan.briefEvidence === true,
    briefDocuments: prefetch === 'withEvidenceAndDocuments' && plan.briefDocuments === true,
    ...(plan.factProperties ? { factProperties: FACT_PROPERTIES.filter((property) => plan.factProperties?.includes(property)) } : {}),
  };
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
  const shape = shapeOfPlan(prefetch);
  const use = factFilterUse(filter);
  const pattern = typePattern(filter.types);
  return {
    key: `${filter.direction}:${pattern.replace(/^:/, '') || 'all'}:${shapeName(shape)}${use.status ? ':status' : ''}${use.period ? ':period' : ''}`,
    cypher: oneLine(`CALL (${ids}) {${pagesClauses(ids, filter.direction, pattern, shape, use)}
      RETURN collect({ id: id, total: total, page: page }) AS pages
    }`),
    parameters: pageParameters(filter),
  };
}

const relationPagesQueries = new Map<string, NamedQuery>();

const UNFILTERED: FactFilterUse = { status: false, period: false };

/** The named query for a direction, a type filter or none, what to prefetch and the fact filters used (built once each). */
export function relationPagesQueryFor(
  direction: Direction,
  types: RelationType[] | null,
  prefetch: Prefetch | PageShape,
  use: FactFilterUse = UNFILTERED,
  withSelf = false,
): NamedQuery {
  const shape = typeof prefetch === 'string' ? { prefetch, briefOthers: false, briefEvidence: false, briefDocuments: false } : prefetch;
  const pattern = typePattern(types);
  const key = `${direction}:${pattern}:${shapeName(shape)}:${use.status}:${use.period}:${withSelf}`;
  let query = relationPagesQueries.get(key);
  if (!query) relationPagesQueries.set(key, (query = relationPagesQuery(direction, pattern, shape, use, withSelf)));
  return query;
}

export interface PageRow {
  id: string;
  total: number;
  /** The entity itself: Query.entity loads an entity's page first and finds it here (one round trip). */
  self?: Record<string, unknown>;
  page: Array<
    Record<string, unknown> & {
      /** Only when the page reads both directions. */
      outgoing?: boolean;
      other: Record<string, unknown>;
      /** `documentId` beside a brief evidence record (which has no factId or documentId of its own). */
      evidence: Array<{ evidence: EvidenceRecord; documentId?: string; document: DocumentRecord | null }> | null;
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
  const query = relationPagesQueryFor(filter.direction, filter.types, shapeOfPlan(prefetch), factFilterUse(filter), withSelf);
  const rows = await db.read<PageRow>(query, { ids: entityIds, ...pageParameters(filter) });
  return readPageRows(rows, filter, prefetch);
}

/**
 * Rows of the page clauses as pages by entity id, with their side records. Each relation also
 * carries its other end and evidence as the page read them (RelationRecord.pageOther, and
 * EvidenceRecord.pageDocument), so its fields resolve without a loader; brief records (the plan's
 * brief flags) go only there, whole ones to the side records as well.
 */
export function readPageRows(
  rows: readonly PageRow[],
  { offset, direction }: Pick<RelationFilter, 'offset' | 'direction'>,
  prefetch: PrefetchPlan,
): Read<Map<string, RelationPage>> {
  const shape = shapeOfPlan(prefetch);
  const pages = new Map<string, RelationPage>();
  const entities: EntityRecord[] = [];
  const evidence = new Map<string, EvidenceRecord[]>();
  const documents: DocumentRecord[] = [];
  for (const row of rows) {
    if (row.self) entities.push(toEntityRecord(row.self));
    const items: RelationRecord[] = [];
    for (const item of row.page) {
      const other = shape.briefOthers ? toBriefEntityRecord(item.other) : toEntityRecord(item.other);
      const relation = toRelationRecord(row.id, { ...item, otherId: other.id }, item.outgoing ?? direction === 'OUTGOING');
      if (!shape.briefOthers) entities.push(other);
      relation.pageOther = other;
      if (prefetch.relationEvidence) {
        const quoted = (item.evidence ?? []).map((quote) => evidenceOfQuote(relation.id, quote, shape));
        relation.pageEvidence = quoted;
        if (!shape.briefEvidence) evidence.set(relation.id, quoted);
        if (prefetch.evidenceDocuments && !shape.briefDocuments)
          for (const quote of quoted) if (quote.pageDocument) documents.push(quote.pageDocument);
      }
      items.push(relation);
    }
    pages.set(row.id, { totalCount: row.total, offset, items });
  }
  return { value: pages, side: prefetch.relationEvidence ? { entities, evidence, documents } : { entities } };
}

function evidenceOfQuote(
  factId: string,
  quote: NonNullable<PageRow['page'][number]['evidence']>[number],
  shape: PageShape,
): EvidenceRecord {
  const record: EvidenceRecord = shape.briefEvidence
    ? toBriefEvidenceRecord(factId, quote.documentId as string, quote.evidence)
    : quote.evidence;
  if (quote.document) record.pageDocument = shape.briefDocuments ? toBriefDocumentRecord(quote.document) : toDocumentRecord(quote.document);
  return record;
}
