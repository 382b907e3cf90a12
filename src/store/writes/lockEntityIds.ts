/**
 * The first statement of a write that must not race a merge (merge, unmerge, assertFact):
 * write-locks the entities and merged-away ids it is about, then reads them. Two racing merges of
 * the same pair both wait here; the second reads what the first committed (its entity is now a
 * redirect) and so finds nothing left to do, which is what makes a repeated or racing merge a
 * no-op. A fact asserted while one of its ends is being merged away waits too, then either lands
 * before the merge (which moves it) or sees the redirect. Runs inside the caller's transaction.
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import type { EntityType } from '../../__generated__/graphql';
import { lockForUpdate } from '../fragments';

/** An id as seen once locked: a live entity, or a redirect and where it points. */
export interface LockedId {
  id: string;
  isEntity: boolean;
  type: EntityType | null;
  name: string;
  aliases: string[];
  /** For a redirect: the id it was merged into (itself maybe merged away since). */
  mergedInto: string | null;
  /** For a redirect: the live entity at the end of its chain of merges. */
  resolvesTo: string | null;
}

const lockEntityIdsQuery: NamedQuery = {
  name: 'lockEntityIds',
  // Locks in id order, so two merges over the same ids queue instead of deadlocking. Everything
  // returned is read after the lock, so it is what the previous holder committed.
  cypher: `
    UNWIND $ids AS id
    CALL (id) {
      MATCH (n:Entity {id: id}) RETURN n
      UNION
      MATCH (n:Redirect {id: id}) RETURN n
    }
    WITH id, n ORDER BY id
    ${lockForUpdate('n')}
    WITH id, n
    OPTIONAL MATCH (n)-[:MERGED_INTO]->(next)
    OPTIONAL MATCH (n)-[:MERGED_INTO*1..]->(end:Entity)
    RETURN id, n:Entity AS isEntity, n.type AS type, n.name AS name, coalesce(n.aliases, []) AS aliases,
           next.id AS mergedInto, end.id AS resolvesTo`,
};

/** Locks the ids that exist (as entities or redirects) and reads them; absent ids are left out. */
export async function lockEntityIds(tx: Transaction, ids: readonly string[]): Promise<Map<string, LockedId>> {
  const rows = await tx.run<LockedId>(lockEntityIdsQuery, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.id, row]));
}
