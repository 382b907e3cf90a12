/**
 * What a watchlist covers (Subscription.changes): the ids given (entities or merged-away ids),
 * the live entities they resolve to, and the entities up to `depth` live facts away from those,
 * ring by ring and at most `limit` in all, so a hub on the list cannot make it unbounded.
 */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { IS_LIVE_FACT, entityOrRedirectWithId, nextRing } from './fragments';

export const MAX_WATCH_DEPTH = 2;

const RING = `${nextRing(IS_LIVE_FACT)}
    WITH kept, kept + found[..($limit - size(kept))] AS grown
    WITH grown AS kept, grown[size(kept)..] AS frontier`;

/** One named query per depth (0..2), built from constants. */
const watchedIdsQueries: NamedQuery[] = Array.from({ length: MAX_WATCH_DEPTH + 1 }, (_, depth) => ({
  name: `watchedIds:${depth}`,
  cypher: `
    CALL () {
      UNWIND $ids AS id
      ${entityOrRedirectWithId('id', 'start')}
      MATCH (start)-[:MERGED_INTO*0..]->(live:Entity)
      RETURN collect(DISTINCT live) AS kept
    }
    WITH kept, kept AS frontier
    ${RING.repeat(depth)}
    RETURN [n IN kept | n.id] AS ids`,
}));

export async function findWatchedIds(db: GraphRunner, ids: readonly string[], depth: number, limit = 5_000): Promise<Set<string>> {
  const [row] = await db.read<{ ids: string[] }>(watchedIdsQueries[depth]!, { ids, limit });
  return new Set([...ids, ...(row?.ids ?? [])]);
}
