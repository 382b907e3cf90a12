/**
 * The Neo4j the soak writes to. With NEO4J_URI: that server (its data is shared, so the soak
 * removes its own `soak-` data at the end). Without: a throwaway local instance of its own
 * (bolt 7693, http 7480; home neo4j/.instances/soak), so it never disturbs the dev (7687),
 * test (7688) or bench (7689-7691) instances; it is loaded with the seed graph and deleted when
 * stopped. `stop` stops only an instance this run started.
 */
import { boltUri, runningPid, startLocalNeo4j, stopLocalNeo4j, type LocalInstance } from '../../neo4j/localNeo4j';
import { Database } from '../../src/db/database';
import { sideInstance } from '../sideInstance';
import { type NamedQuery } from '../../src/db/namedQuery';
import { applyMigrations } from '../../src/db/migrations';
import { seedGraph } from '../../src/startup/seeding';

export interface SoakNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when the data is someone else's too (NEO4J_URI): the soak must clean up after itself. */
  shared: boolean;
}

export function soakInstance(env: NodeJS.ProcessEnv = process.env): LocalInstance {
  return sideInstance(
    {
      home: 'soak',
      bolt: { variable: 'NEO4J_SOAK_BOLT_PORT', port: 7693 },
      http: { variable: 'NEO4J_SOAK_HTTP_PORT', port: 7480 },
      password: 'partnership-graph-soak',
    },
    env,
  );
}

/**
 * Starts (or finds) the Neo4j; `onStarted` receives the stop function as soon as a local
 * instance may exist, so a signal during its startup still stops it.
 */
export async function openSoakNeo4j(onStarted: (stop: () => Promise<void>) => void): Promise<SoakNeo4j> {
  const database = process.env.NEO4J_DATABASE || 'neo4j';
  const uri = process.env.NEO4J_URI;
  if (uri) {
    return { uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || '', database, shared: true };
  }
  const instance = soakInstance();
  if (runningPid(instance) === undefined) onStarted(() => stopLocalNeo4j(instance).then(() => undefined));
  await startLocalNeo4j(instance);
  const soak = { uri: boltUri(instance), user: instance.user, password: instance.password, database, shared: false };
  await withDatabase(soak, async (db) => {
    await applyMigrations(db);
    await seedGraph(db, { reset: true });
  });
  return soak;
}

export async function withDatabase<T>(neo4j: SoakNeo4j, work: (db: Database) => Promise<T>): Promise<T> {
  const db = Database.connect({ ...neo4j, txTimeoutMs: 60_000, maxPoolSize: 5, acquireTimeoutMs: 10_000 });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Everything a soak run writes carries the `soak-` prefix: entities, its document, facts (from a soak entity), and their audit records. */
const removeSoakData: NamedQuery = {
  name: 'soak:removeSoakData',
  cypher: `
    CALL () { MATCH (ev:Evidence) WHERE ev.factId STARTS WITH 'soak-' DETACH DELETE ev }
    CALL () { MATCH (n) WHERE (n:Entity OR n:Redirect OR n:Document) AND n.id STARTS WITH 'soak-' DETACH DELETE n }
    CALL () {
      MATCH (c:Change)
      WHERE c.summary =~ '(ingested document|asserted|created [A-Z_]+|updated [A-Z_]+) soak-.*'
      DETACH DELETE c
    }`,
};

export async function removeSoakDataFrom(neo4j: SoakNeo4j): Promise<void> {
  await withDatabase(neo4j, (db) => db.write(removeSoakData));
}
