/**
 * The Cypher fragments that more than one statement shares: projections of entities, facts,
 * documents and evidence (read back by toRecords.ts), what a live fact is, how a fact is found
 * by its id, and dates as comparable day keys (domain/dates.ts). Built from constants only:
 * every value a statement needs is a parameter.
 */
import { STATUS_RANK } from '../domain/statusRank';

/**
 * The Cypher projection of a fact relationship `r` (read by toRelationRecord), with extra
 * entries such as `otherId: b.id` appended: a map projection cannot be projected again.
 */
export const factFields = (extra = '', properties: readonly FactProperty[] = FACT_PROPERTIES) =>
  `r { .id, ${properties.map((property) => `.${property}, `).join('')}type: type(r)${extra ? `, ${extra}` : ''} }`;

/** A fact's stored properties besides its id (a relation page may read only those an operation selects). */
export const FACT_PROPERTIES = ['date', 'datePrecision', 'dateInferred', 'role', 'status'] as const;
export type FactProperty = (typeof FACT_PROPERTIES)[number];

/** Facts are typed relationships between entities that carry an id and are not retracted. */
export const IS_LIVE_FACT = 'r.id IS NOT NULL AND r.retractedAt IS NULL';

/**
 * Evidence `ev` of what the graph still holds: of a live fact (found by the two ends its id names)
 * or of an entity's own date (the "<entity>.DATE" pseudo fact, which lives as long as its entity
 * keeps a date). A retracted fact's quotes stay stored for the audit trail but are not read.
 */
export const IS_LIVE_EVIDENCE = `CASE
      WHEN size(split(ev.factId, '.')) = 2 AND split(ev.factId, '.')[1] = 'DATE'
        THEN EXISTS { MATCH (e:Entity {id: split(ev.factId, '.')[0]}) WHERE e.date IS NOT NULL }
      ELSE EXISTS {
        MATCH (:Entity {id: split(ev.factId, '.')[0]})-[r]->(:Entity {id: split(ev.factId, '.')[2]})
        WHERE r.id = ev.factId AND r.retractedAt IS NULL
      }
    END`;

/**
 * Finds the fact `$id` as `(a)-[r]->(b)`. Fact ids are "<from>.<TYPE>.<to>[.<role>]" and entity
 * ids hold no dots, so both ends come from the id: two index lookups, not a scan of every
 * relationship.
 */
export const MATCH_FACT_BY_ID = `
    WITH split($id, '.') AS parts
    MATCH (a:Entity {id: parts[0]})-[r]->(b:Entity {id: parts[2]})
    WHERE r.id = $id`;

/**
 * Takes the write lock of node (or relationship) `variable` without changing it: setting a
 * property locks it until commit, removing it again leaves nothing behind. A statement that
 * decides from what it reads (is this alias new? was this entity there?) locks first and reads
 * after, so of two racing transactions the second waits and sees the first one's write.
 */
export const lockForUpdate = (variable: string) => `SET ${variable}.writeLock = true REMOVE ${variable}.writeLock`;

/**
 * lockForUpdate for the node of a MERGE: a node the MERGE created is locked already, and is left
 * untouched (setting and removing a property on a node created in the same transaction changes
 * the order Neo4j stores its other properties in).
 */
export const lockIfMatched = (variable: string) => `ON MATCH SET ${variable}.writeLock = true REMOVE ${variable}.writeLock`;

/**
 * One ring of a neighbourhood grown outwards: in scope `kept` (the entities so far) and
 * `frontier` (the last ring), it binds `found`, at most `$limit` entities one fact (`r` passing
 * `link`) away from the frontier that are not kept yet.
 */
export const nextRing = (link: string) => `
    CALL (kept, frontier) {
      UNWIND frontier AS m
      MATCH (m)-[r]-(n:Entity)
      WHERE ${link} AND NOT n IN kept
      WITH DISTINCT n LIMIT $limit
      RETURN collect(n) AS found
    }`;

/** The projection of an entity node variable that toEntityRecord reads. */
/**
 * `variable` bound to the entity with id `id`, or to the redirect a merge left under that id: the
 * audit log and the merge records hang off either (a CALL subquery; `id` is a parameter or a
 * variable in scope, `variable` a Cypher name from our code, never from input).
 */
export const entityOrRedirectWithId = (id: string, variable: string) => `CALL (${id.startsWith('$') ? '' : id}) {
      MATCH (${variable}:Entity {id: ${id}}) RETURN ${variable}
      UNION
      MATCH (${variable}:Redirect {id: ${id}}) RETURN ${variable}
    }`;

export const entityFields = (node: string) =>
  `${node} { .id, .type, .name, .aliases, .documentAliases, .description, .unresolved, .date, .dateEnd, .datePrecision, .dateInferred, .dateStatus }`;

/**
 * A Cypher expression: the records (entityFields) of the entities whose ids are in the list
 * expression `ids`, found by index; for queries that return ids and prime the entity loader.
 */
export const entitiesWithIds = (ids: string) => `COLLECT { MATCH (pe:Entity) WHERE pe.id IN ${ids} RETURN ${entityFields('pe')} }`;

/**
 * The projection of a (:Change) variable that ChangeRecord describes: what it touched as recorded,
 * and where those ids resolve now (a merged-away id to the entity at the end of its chain).
 */
export const changeFields = (node: string) => `${node} {
      .id, .seq, .operation, .editor, .at, .summary, .undone,
      factIds: coalesce(${node}.factIds, []), documentIds: coalesce(${node}.documentIds, []),
      entityIds: [(${node})-[:CHANGED]->(t) | t.id],
      liveEntityIds: COLLECT { MATCH (${node})-[:CHANGED]->()-[:MERGED_INTO*0..]->(live:Entity) RETURN DISTINCT live.id }
    }`;

/** The projection of a document node variable that toDocumentRecord reads (its text only if `withText`). */
export const documentFields = (node: string, withText = true) =>
  `${node} { .id, .title, .publisher, .author, .publishedAt, .publishedAtInferred${withText ? ', .text' : ''} }`;

/** The projection of evidence `ev` quoted from document `d`. */
export const EVIDENCE_FIELDS = 'ev { .id, .factId, .quote, .start, .end, .status, documentId: d.id }';

/** Cypher expressions equal to firstDayKey / lastDayKey of a string expression. */
export const cypherFirstDay = (expression: string) => `(${expression} + substring('0000-01-01', size(${expression})))`;
export const cypherLastDay = (expression: string) => `(${expression} + substring('0000-12-31', size(${expression})))`;

/** The status ranking (domain/statusRank.ts) as a Cypher map literal: `{EXPECTED: 0, PLANNED: 1, REPORTED: 2}`. */
export const STATUS_RANK_MAP = `{${Object.entries(STATUS_RANK)
  .map(([status, rank]) => `${status}: ${rank}`)
  .join(', ')}}`;
