/**
 * The Cypher projection of a fact relationship `r` (read by toRelationRecord), with extra
 * entries such as `otherId: b.id` appended: a map projection cannot be projected again.
 */
export const factFields = (extra = '') =>
  `r { .id, .date, .datePrecision, .dateInferred, .role, .status, type: type(r)${extra ? `, ${extra}` : ''} }`;

/** Facts are typed relationships between entities that carry an id and are not retracted. */
export const IS_LIVE_FACT = 'r.id IS NOT NULL AND r.retractedAt IS NULL';
