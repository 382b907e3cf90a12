/**
 * Read-only Cypher that an analyst pastes into Neo4j Browser to see the same result. These are
 * strings for people, never executed by the server; values are quoted as Cypher string
 * literals and relationship types come from the ontology's enum.
 */
import type { RelationRecord } from './records';

/** A Cypher string literal: backslashes and single quotes escaped. */
export function cypherString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `MATCH p = (n0 {id})-[:T {id}]->(n1 {id})<-[:T {id}]-(n2 {id}) RETURN p` for a path. */
export function pathCypher(startId: string, steps: readonly RelationRecord[]): string {
  let pattern = `(n0:Entity {id: ${cypherString(startId)}})`;
  steps.forEach((step, index) => {
    const relationship = `[:${step.type} {id: ${cypherString(step.id)}}]`;
    const node = `(n${index + 1}:Entity {id: ${cypherString(step.otherId)}})`;
    pattern += step.direction === 'OUTGOING' ? `-${relationship}->${node}` : `<-${relationship}-${node}`;
  });
  return `MATCH p = ${pattern}\nRETURN p`;
}

/** The entities by id and every fact among them. */
export function subgraphCypher(nodeIds: readonly string[], factIds: readonly string[]): string {
  const ids = `[${nodeIds.map(cypherString).join(', ')}]`;
  const facts = `[${factIds.map(cypherString).join(', ')}]`;
  return [
    `MATCH (n:Entity) WHERE n.id IN ${ids}`,
    `OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE m.id IN ${ids} AND r.id IN ${facts}`,
    'RETURN n, r, m',
  ].join('\n');
}
