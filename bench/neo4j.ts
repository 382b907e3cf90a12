/**
 * The Neo4j the benchmark runs on, never the dev (7687) or test (7688) one:
 * - full: NEO4J_URI when set, else the local bench instance (bolt 7689, 2 GB heap and page
 *   cache), which keeps the synthetic graph between runs (npm run seed:synthetic loads it);
 * - quick: a throwaway local instance (bolt 7690) loaded with the seed graph, deleted after.
 * `stop` stops only a server this run started.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { boltUri, instanceFor, startLocalNeo4j, stopLocalNeo4j, type LocalInstance } from '../neo4j/localNeo4j';
import { Database } from '../src/db/database';
import { sideInstance } from './sideInstance';
import { applyMigrations } from '../src/db/migrations';
import { seedGraph } from '../src/startup/seeding';

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  driver: Driver;
  stop(): Promise<void>;
}

function quickInstance(): LocalInstance {
  return sideInstance({
    home: 'bench-quick',
    bolt: { variable: 'NEO4J_BENCH_QUICK_BOLT_PORT', port: 7690 },
    http: { variable: 'NEO4J_BENCH_QUICK_HTTP_PORT', port: 7477 },
  });
}

export async function openBenchNeo4j(quick: boolean): Promise<BenchNeo4j> {
  const database = process.env.NEO4J_DATABASE || 'neo4j';
  let uri = process.env.NEO4J_URI;
  let user = process.env.NEO4J_USER || 'neo4j';
  let password = process.env.NEO4J_PASSWORD || '';
  let started: LocalInstance | undefined;
  if (quick || !uri) {
    const instance = quick ? quickInstance() : instanceFor('bench');
    const result = await startLocalNeo4j(instance);
    if (result.startedNow) started = instance;
    ({ user, password } = instance);
    uri = boltUri(instance);
  }
  const stop = async () => {
    await driver.close();
    if (started) await stopLocalNeo4j(started);
  };
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  try {
    if (quick) {
      const db = Database.connect({ uri, user, password, database, txTimeoutMs: 60_000, maxPoolSize: 5, acquireTimeoutMs: 10_000 });
      try {
        await applyMigrations(db);
        await seedGraph(db, { reset: true });
      } finally {
        await db.close();
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { uri, user, password, database, driver, stop };
}

export async function describeDataset(driver: Driver, database: string): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH (d:Document) RETURN count(d) AS documents }
     CALL () { MATCH (ev:Evidence) RETURN count(ev) AS evidence }
     CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH (e:Entity) RETURN max(COUNT { (e)-[r]-(:Entity) WHERE r.id IS NOT NULL }) AS maxFactsOfOneEntity }
     RETURN entities, documents, evidence, mentions, relationships - mentions - evidence AS facts, maxFactsOfOneEntity`,
    {},
    { database },
  );
  return records[0]?.toObject() as Record<string, number>;
}
