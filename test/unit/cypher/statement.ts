/**
 * A named query as a readable snapshot: its name, then its Cypher with the common indentation
 * taken off and blank lines dropped (whitespace means nothing to Cypher; the snapshot shows what
 * Neo4j is sent).
 */
import type { NamedQuery } from '../../../src/db/namedQuery';

export function statement(query: NamedQuery): string {
  const lines = query.cypher.split('\n').filter((line) => line.trim() !== '');
  const indent = Math.min(...lines.map((line) => line.length - line.trimStart().length));
  return [`/* ${query.name} */`, ...lines.map((line) => line.slice(indent).trimEnd())].join('\n');
}
