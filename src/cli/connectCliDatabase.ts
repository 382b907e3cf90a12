/**
 * The database a command-line tool works on: NEO4J_URI (npm run seed / ingest set it to the
 * repo's local Neo4j when it is unset, through neo4j/withLocalNeo4j.ts).
 */
import { ConfigError, loadConfig } from '../config';
import { Database } from '../db/database';

export function connectCliDatabase(options: { txTimeoutMs: number }): { db: Database; target: string } {
  const config = loadConfig();
  const uri = config.neo4j.uri;
  if (uri === undefined)
    throw new ConfigError('NEO4J_URI is not set: run this through npm run (which starts a local Neo4j), or set NEO4J_URI.');
  const db = Database.connect({ ...config.neo4j, uri, password: config.neo4j.password ?? '', txTimeoutMs: options.txTimeoutMs });
  return { db, target: `${uri} (database ${config.neo4j.database})` };
}
