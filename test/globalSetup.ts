/**
 * Before all tests: make sure a real Neo4j is there. Without NEO4J_URI, start the throwaway
 * local test instance (its own ports and data, wiped at start and stop). Then apply migrations
 * and load the seed graph fresh, so every suite starts from the same known graph.
 */
import { boltUri, instanceFor, startLocalNeo4j } from '../neo4j/localNeo4j';
import { Database } from '../src/db/database';
import { applyMigrations } from '../src/db/migrations';
import { seedGraph } from '../src/startup/seeding';

export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const instance = instanceFor('test');
    const started = await startLocalNeo4j(instance);
    process.env.NEO4J_URI = boltUri(instance);
    process.env.NEO4J_USER = instance.user;
    process.env.NEO4J_PASSWORD = instance.password;
    process.env.NEO4J_DATABASE = 'neo4j';
    process.env.PARTNERSHIP_GRAPH_TEST_NEO4J_STARTED = started.startedNow ? 'yes' : 'no';
    process.stderr.write(
      `\n[test] local Neo4j test instance ${started.startedNow ? 'started' : 'reused'} at ${process.env.NEO4J_URI} in ${(started.millis / 1000).toFixed(1)} s\n`,
    );
  }
  const db = Database.connect({
    uri: process.env.NEO4J_URI as string,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    txTimeoutMs: 60_000,
    maxPoolSize: 5,
    acquireTimeoutMs: 10_000,
  });
  try {
    await db.verifyConnectivity();
    await applyMigrations(db);
    await seedGraph(db, { reset: true });
  } finally {
    await db.close();
  }
}
