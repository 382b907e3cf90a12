/**
 * The unit of every Cypher statement the server sends: a name and parameterised Cypher. The
 * name travels with the statement twice, as a leading `/* name *\/` comment (so it shows in
 * Neo4j's query log and SHOW TRANSACTIONS) and as transaction metadata; values are never
 * spliced into the text, only passed as parameters.
 */
import type { RecordShape } from 'neo4j-driver';

export interface NamedQuery {
  readonly name: string;
  readonly cypher: string;
}

export type Params = Record<string, unknown>;
export type Row = RecordShape;

/** The text sent to Neo4j: the statement's name as a comment, then the statement. */
export function cypherOf(query: NamedQuery): string {
  return `/* ${query.name.replace(/\*\//g, '* /')} */ ${query.cypher.trim()}`;
}
