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
import type { Read, RelationRecord, SubgraphRecord } from './records';
import { toBriefEntityRecord, toEntityRecord, toRelationRecord } from './toRecords';

/** An edge read as id, type and ends only (SubgraphEdge's own fields; never a loader's record). */
function toBriefEdgeRecord(edge: Record<string, unknown> & { fromId: string }): RelationRecord {
  return {
    id: edge.id as string,
    type: edge.type as RelationRecord['type'],
    direction: 'OUTGOING',
    selfId: edge.fromId,
    otherId: edge.otherId as string,
    date: null,
    datePrecision: null,
    dateInferred: null,
    role: null,
    status: 'REPORTED',
  };
}

export const MAX_DEPTH = 3;
export const MAX_NODES = 500;

const LINK = `${IS_LIVE_FACT} AND ($types IS NULL OR type(r) IN $types)`;

/** Ring k: the entities one fact away from ring k-1 that are not kept yet, within the room left. */
const RING = `${nextRing(LINK)}
    WITH kept, found, truncated, $limit - size(kept) AS room
    WITH kept + found[..room] AS kept, found[..room] AS frontier, truncated OR size(found) > room AS truncated`;

/**
 * Brief: the operation shows only the nodes' id, name and type (the edges' id, type and ends), so
 * the statement projects only those: a ring of 100 nodes then decodes a quarter of the values.
 * Brief records go to the subgraph only, never to the request's loaders.
 */
export interface NeighborhoodBrief {
  nodes: boolean;
  edges: boolean;
}

const BRIEF_EDGE = '{ id: r.id, type: type(r), fromId: a.id, otherId: b.id }';

function neighborhoodQuery(depth: number, brief: NeighborhoodBrief): NamedQuery {
  const variant = [brief.nodes && 'nodes', brief.edges && 'edges'].filter(Boolean).join('-');
  return {
    name: `neighborhood:${depth}${variant ? `:brief-${variant}` : ''}`,
    cypher: `
    MATCH (center:Entity {id: $id})
    WITH [center] AS kept, [center] AS frontier, false AS truncated
    ${RING.repeat(depth)}
    CALL (kept) {
      UNWIND kept AS a
      MATCH (a)-[r]->(b:Entity)
      WHERE ${LINK} AND b IN kept
      RETURN collect(${brief.edges ? BRIEF_EDGE : factFields('fromId: a.id, otherId: b.id')}) AS edges
    }
    RETURN [n IN kept | n.id] AS nodeIds, [n IN kept | ${brief.nodes ? 'n { .id, .type, .name }' : entityFields('n')}] AS nodes, edges, truncated`,
  };
}

/** One named query per depth (1..3) and brief variant, built from constants. */
const neighborhoodQueries = new Map<string, NamedQuery>();

function neighborhoodQueryFor(depth: number, brief: NeighborhoodBrief): NamedQuery {
  const key = `${depth}:${brief.nodes}:${brief.edges}`;
  let query = neighborhoodQueries.get(key);
  if (!query) neighborhoodQueries.set(key, (query = neighborhoodQuery(depth, brief)));
  return query;
}

const WHOLE: NeighborhoodBrief = { nodes: false, edges: false };

export async function findNeighborhood(
  db: GraphRunner,
  id: string,
  options: { depth: number; limit: number; types: RelationType[] | null; brief?: NeighborhoodBrief },
): Promise<Read<SubgraphRecord | undefined>> {
  if (!Number.isInteger(options.depth) || options.depth < 1 || options.depth > MAX_DEPTH)
    throw new RangeError(`depth must be 1-${MAX_DEPTH}`);
  const brief = options.brief ?? WHOLE;
  const query = neighborhoodQueryFor(options.depth, brief);
  const [row] = await db.read<{
    nodeIds: string[];
    nodes: Array<Record<string, unknown>>;
    edges: Array<Record<string, unknown> & { fromId: string }>;
    truncated: boolean;
  }>(query, { id, limit: options.limit, types: options.types });
  if (!row) return { value: undefined, side: {} };
  const edges = row.edges.map((edge) => (brief.edges ? toBriefEdgeRecord(edge) : toRelationRecord(edge.fromId, edge, true)));
  const nodes = row.nodes.map(brief.nodes ? toBriefEntityRecord : toEntityRecord);
  return {
    value: {
      nodeIds: row.nodeIds,
      nodes,
      edges,
      truncated: row.truncated,
      cypher: subgraphCypher(
        row.nodeIds,
        edges.map((edge) => edge.id),
      ),
    },
    side: { entities: brief.nodes ? [] : nodes },
  };
}
