/** How much the graph holds: nodes, relationships, entities (the seed checks for an empty graph). */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';

const countGraph: NamedQuery = {
  name: 'countGraph',
  cypher: `
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
    RETURN nodes, relationships, entities`,
};

export interface GraphCounts {
  nodes: number;
  relationships: number;
  entities: number;
}

export async function countGraphElements(db: GraphRunner): Promise<GraphCounts> {
  const [row] = await db.read<GraphCounts & Record<string, number>>(countGraph);
  return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0, entities: row?.entities ?? 0 };
}
