/** Merged-away ids: (:Redirect {id})-[:MERGED_INTO]->(:Entity), and the merges that made them. */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import type { MergeUndo } from './writes/mergeUndo';

const isRedirectQuery: NamedQuery = {
  name: 'isRedirect',
  cypher: 'MATCH (r:Redirect {id: $id}) RETURN count(r) > 0 AS found',
};

export async function isRedirect(db: GraphRunner, id: string): Promise<boolean> {
  const [row] = await db.read<{ found: boolean }>(isRedirectQuery, { id });
  return row?.found === true;
}

// The latest merge not yet undone, and whether the kept entity was changed after it (then an
// undo would silently drop those later changes).
const findLatestMergeQuery: NamedQuery = {
  name: 'findLatestMerge',
  cypher: `
    MATCH (r:Redirect {id: $id})-[:MERGED_INTO]->(keep:Entity)
    MATCH (c:Change {operation: 'mergeEntities', undone: false})-[:CHANGED]->(r)
    WITH c, keep ORDER BY c.at DESC LIMIT 1
    RETURN c.id AS changeId, c.details AS details,
           EXISTS { MATCH (later:Change)-[:CHANGED]->(keep) WHERE later.at > c.at } AS keepChangedSince`,
};

export async function findLatestMerge(
  db: GraphRunner,
  id: string,
): Promise<{ changeId: string; undo: MergeUndo; keepChangedSince: boolean } | undefined> {
  const [row] = await db.read<{ changeId: string; details: string; keepChangedSince: boolean }>(findLatestMergeQuery, { id });
  return row ? { changeId: row.changeId, undo: JSON.parse(row.details) as MergeUndo, keepChangedSince: row.keepChangedSince } : undefined;
}

const resolveRedirectsQuery: NamedQuery = {
  name: 'resolveRedirects',
  cypher: `
    UNWIND $ids AS id
    MATCH (:Redirect {id: id})-[:MERGED_INTO]->(e:Entity)
    RETURN id, e.id AS target`,
};

/** Where merged-away ids now point. */
export async function resolveRedirects(db: GraphRunner, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.read<{ id: string; target: string }>(resolveRedirectsQuery, { ids });
  return new Map(rows.map((row) => [row.id, row.target]));
}
