/**
 * The Cypher projection of a fact relationship `r` (read by toRelationRecord), with extra
 * entries such as `otherId: b.id` appended: a map projection cannot be projected again.
 */
export const factFields = (extra = '') =>
  `r { .id, .date, .datePrecision, .dateInferred, .role, .status, type: type(r)${extra ? `, ${extra}` : ''} }`;

/** Facts are typed relationships between entities that carry an id and are not retracted. */
export const IS_LIVE_FACT = 'r.id IS NOT NULL AND r.retractedAt IS NULL';

/**
 * Finds the fact `$id` as `(a)-[r]->(b)`. Fact ids are "<from>.<TYPE>.<to>[.<role>]" and entity
 * ids hold no dots, so both ends come from the id: two index lookups, not a scan of every
 * relationship.
 */
export const MATCH_FACT_BY_ID = `
    WITH split($id, '.') AS parts
    MATCH (a:Entity {id: parts[0]})-[r]->(b:Entity {id: parts[2]})
    WHERE r.id = $id`;
