/**
 * Shortest connections between two entities over facts only (not mentions or evidence), using
 * Cypher's SHORTEST k path search. Hop bound and k must be literals in Cypher, so there is one
 * named query per allowed hop count, built from constants; every value is a parameter.
 */
import type { RelationType } from '../__generated__/graphql';
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { pathCypher } from './cypherText';
import { IS_LIVE_FACT, entityFields, factFields } from './fragments';
import type { PathRecord, Read } from './records';
import { toEntityRecord, toRelationRecord } from './toRecords';

export const MAX_HOPS = 6;
export const MAX_PATHS = 20;

const pathQueries: NamedQuery[] = Array.from({ length: MAX_HOPS }, (_, index) => ({
  name: `findShortestPaths:${index + 1}`,
  cypher: `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH p = SHORTEST ${MAX_PATHS} (a)(()-[r]-(:Entity) WHERE ${IS_LIVE_FACT} AND ($types IS NULL OR type(r) IN $types)){1,${index + 1}}(b)
    WITH p LIMIT $first
    RETURN [r IN relationships(p) | ${factFields('startId: startNode(r).id, endId: endNode(r).id')}] AS steps,
           [n IN nodes(p) | ${entityFields('n')}] AS nodes`,
}));

export async function findShortestPaths(
  db: GraphRunner,
  from: string,
  to: string,
  options: { maxHops: number; first: number; types: RelationType[] | null },
): Promise<Read<PathRecord[]>> {
  const query = pathQueries[options.maxHops - 1];
  if (!query) throw new RangeError(`maxHops must be 1-${MAX_HOPS}`);
  const rows = await db.read<{
    steps: Array<Record<string, unknown> & { startId: string; endId: string }>;
    nodes: Array<Record<string, unknown>>;
  }>(query, {
    from,
    to,
    first: options.first,
    types: options.types,
  });
  const paths = rows.map(({ steps }) => {
    let selfId = from;
    // Walk the path from `from`: a step is outgoing when its relationship starts where we stand.
    const relations = steps.map((step) => {
      const outgoing = step.startId === selfId;
      const relation = toRelationRecord(selfId, { ...step, otherId: outgoing ? step.endId : step.startId }, outgoing);
      selfId = relation.otherId;
      return relation;
    });
    return { startId: from, steps: relations, cypher: pathCypher(from, relations) };
  });
  // The steps' entities come with the paths: `other` on each step needs no further round trip.
  return { value: paths, side: { entities: rows.flatMap((row) => row.nodes.map(toEntityRecord)) } };
}
