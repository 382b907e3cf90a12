/**
 * The neighbourhood of an entity, grown one ring at a time so that a hub (an entity with tens of
 * thousands of facts) fills the node limit and stops, instead of enumerating every path: each
 * ring adds at most the nodes still allowed, then the facts among all kept nodes are returned.
 */
import type { RelationType } from '../__generated__/graphql';
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { subgraphCypher } from './cypherText';
import { IS_LIVE_FACT, entityFields, factFields, nextRing } from './fragments';
import type { Read, SubgraphRecord } from './records';
import { toEntityRecord, toRelationRecord } from './toRecords';

export const MAX_DEPTH = 3;
export const MAX_NODES = 500;

const LINK = `${IS_LIVE_FACT} AND ($types IS NULL OR type(r) IN $types)`;

/** Ring k: the entities one fact away from ring k-1 that are not kept yet, within the room left. */
const RING = `${nextRing(LINK)}
    WITH kept, found, truncated, $limit - size(kept) AS room
    WITH kept + found[..room] AS kept, found[..room] AS frontier, truncated OR size(found) > room AS truncated`;

/** One named query per depth (1..3), built from constants. */
const neighborhoodQueries: NamedQuery[] = Array.from({ length: MAX_DEPTH }, (_, index) => ({
  name: `neighborhood:${index + 1}`,
  cypher: `
    MATCH (center:Entity {id: $id})
    WITH [center] AS kept, [center] AS frontier, false AS truncated
    ${RING.repeat(index + 1)}
    CALL (kept) {
      UNWIND kept AS a
      MATCH (a)-[r]->(b:Entity)
      WHERE ${LINK} AND b IN kept
      RETURN collect(${factFields('fromId: a.id, otherId: b.id')}) AS edges
    }
    RETURN [n IN kept | n.id] AS nodeIds, [n IN kept | ${entityFields('n')}] AS nodes, edges, truncated`,
}));

export async function findNeighborhood(
  db: GraphRunner,
  id: string,
  options: { depth: number; limit: number; types: RelationType[] | null },
): Promise<Read<SubgraphRecord | undefined>> {
  const query = neighborhoodQueries[options.depth - 1];
  if (!query) throw new RangeError(`depth must be 1-${MAX_DEPTH}`);
  const [row] = await db.read<{
    nodeIds: string[];
    nodes: Array<Record<string, unknown>>;
    edges: Array<Record<string, unknown> & { fromId: string }>;
    truncated: boolean;
  }>(query, { id, limit: options.limit, types: options.types });
  if (!row) return { value: undefined, side: {} };
  const edges = row.edges.map((edge) => toRelationRecord(edge.fromId, edge, true));
  return {
    value: {
      nodeIds: row.nodeIds,
      edges,
      truncated: row.truncated,
      cypher: subgraphCypher(
        row.nodeIds,
        edges.map((edge) => edge.id),
      ),
    },
    side: { entities: row.nodes.map(toEntityRecord) },
  };
}
