/**
 * A named query as a readable snapshot: its name, then its Cypher with the common indentation
 * taken off and blank lines dropped (whitespace means nothing to Cypher; the snapshot shows what
 * Neo4j is sent). A statement sent on one line (store/relations.ts, to fit one Bolt chunk) is
 * shown broken before its clauses.
 */
import type { NamedQuery } from '../../../src/db/namedQuery';

const CLAUSE = /\s+(?=(?:OPTIONAL MATCH|MATCH|CALL|WITH|RETURN|UNWIND|WHERE|ORDER BY|LIMIT)\b)/g;

export function statement(query: NamedQuery): string {
  const cypher = query.cypher.includes('\n') ? query.cypher : query.cypher.replace(CLAUSE, '\n');
  const lines = cypher.split('\n').filter((line) => line.trim() !== '');
  const indent = Math.min(...lines.map((line) => line.length - line.trimStart().length));
  return [`/* ${query.name} */`, ...lines.map((line) => line.slice(indent).trimEnd())].join('\n');
}
