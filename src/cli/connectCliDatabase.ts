/**
 * The database a command-line tool works on: NEO4J_URI when set, else a local instance of the
 * repo's Neo4j (started if needed and left running, so the next command is quick).
 */
import { boltUri, instanceFor, startLocalNeo4j, type InstanceName } from '../../neo4j/localNeo4j';
import { loadConfig } from '../config';
import { Database } from '../db/database';

export async function connectCliDatabase(options: { txTimeoutMs: number; localInstance?: InstanceName }): Promise<{ db: Database; target: string }> {
  const config = loadConfig();
  let { uri, user, password } = config.neo4j;
  if (uri === undefined) {
    const local = instanceFor(options.localInstance ?? 'dev');
    await startLocalNeo4j(local);
    ({ user, password } = local);
    uri = boltUri(local);
  }
  const db = Database.connect({ ...config.neo4j, uri, user, password: password ?? '', txTimeoutMs: options.txTimeoutMs });
  return { db, target: `${uri} (database ${config.neo4j.database})` };
}
