/**
 * Merged-away ids: (:Redirect {id})-[:MERGED_INTO]->(x), where x is the entity it was merged into
 * or, after a later merge of that one, another redirect: ids resolve along the chain to the live
 * entity at its end.
 */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';

const resolveRedirectsQuery: NamedQuery = {
  name: 'resolveRedirects',
  cypher: `
    UNWIND $ids AS id
    MATCH (:Redirect {id: id})-[:MERGED_INTO*1..]->(e:Entity)
    RETURN id, e.id AS target`,
};

/** Where merged-away ids now point: the live entity at the end of each chain of merges. */
export async function resolveRedirects(db: GraphRunner, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.read<{ id: string; target: string }>(resolveRedirectsQuery, { ids });
  return new Map(rows.map((row) => [row.id, row.target]));
}
