/**
 * The change feed read back from the audit log: changes after a place in the sequence
 * (writes/recordChange.ts sequenceChanges), oldest first, all or those that touched some ids.
 * One page holds `first + 1` rows at most, so the caller can tell whether more follow.
 */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { changeFields, entityOrRedirectWithId } from './fragments';
import type { ChangeRecord } from './records';

const findChangesAfterQuery: NamedQuery = {
  name: 'findChangesAfter',
  cypher: `
    MATCH (c:Change) WHERE c.seq > $after
    WITH c ORDER BY c.seq LIMIT $limit
    RETURN ${changeFields('c')} AS change`,
};

// From the watched ids to their changes, not from the whole log: a watchlist is small, the log is not.
const findChangesOfIdsAfterQuery: NamedQuery = {
  name: 'findChangesOfIdsAfter',
  cypher: `
    UNWIND $entityIds AS entityId
    ${entityOrRedirectWithId('entityId', 'e')}
    MATCH (c:Change)-[:CHANGED]->(e) WHERE c.seq > $after
    WITH DISTINCT c ORDER BY c.seq LIMIT $limit
    RETURN ${changeFields('c')} AS change`,
};

const lastChangeSequenceQuery: NamedQuery = {
  name: 'lastChangeSequence',
  cypher: `
    OPTIONAL MATCH (c:Change) WHERE c.seq IS NOT NULL
    RETURN max(c.seq) AS last`,
};

/** Up to `limit` changes numbered above `after`, in sequence order; `entityIds` keeps those that touched any of them. */
export async function findChangesAfter(
  db: GraphRunner,
  window: { after: number; limit: number; entityIds?: readonly string[] | null },
): Promise<ChangeRecord[]> {
  const { after, limit, entityIds } = window;
  const rows = entityIds
    ? await db.read<{ change: ChangeRecord }>(findChangesOfIdsAfterQuery, { after, limit, entityIds })
    : await db.read<{ change: ChangeRecord }>(findChangesAfterQuery, { after, limit });
  return rows.map((row) => row.change);
}

const findChangesByIdsQuery: NamedQuery = {
  name: 'findChangesByIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (c:Change {id: id})
    RETURN ${changeFields('c')} AS change`,
};

/** Changes by their own ids (Query.node); unknown ids are absent. */
export async function findChangesByIds(db: GraphRunner, ids: readonly string[]): Promise<ChangeRecord[]> {
  const rows = await db.read<{ change: ChangeRecord }>(findChangesByIdsQuery, { ids });
  return rows.map((row) => row.change);
}

/** The highest place in the sequence taken so far (0 for an empty log): where a live feed starts. */
export async function findLastChangeSequence(db: GraphRunner): Promise<number> {
  const [row] = await db.read<{ last: number | null }>(lastChangeSequenceQuery);
  return row?.last ?? 0;
}
