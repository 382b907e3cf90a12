/**
 * The db-hits guard: PROFILE's count of storage operations for each query of the mix, run
 * through our real GraphQL stack on the seed graph, summed over every statement the request
 * sends. Unlike latency it is the same on every run and machine (for the same graph and Neo4j
 * version), so a test can hold it to a committed baseline, as @neo4j/graphql's performance
 * harness does: `npm run bench -- --quick` rewrites bench/dbhits-baseline.json, and
 * test/integration/dbHits.test.ts fails when a query does more than 20 % more work than that.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Database } from '../src/db/database';
import { createApolloServer } from '../src/graphql/apollo';
import { createRequestContext } from '../src/graphql/context';
import { createLogger } from '../src/logger';
import { pickFixtures } from './fixtures';
import { queryMix } from './mix';
import type { BenchNeo4j } from './neo4j';

export const DB_HITS_BASELINE = path.join(__dirname, 'dbhits-baseline.json');

/** How much more work than the baseline a query may do before the guard fails. */
export const DB_HITS_TOLERANCE = 0.2;

export interface DbHitsBaseline {
  about: string;
  graph: string;
  neo4j: string;
  dbHits: Record<string, number>;
}

/** Each mix query's db hits (its fixtures picked from the graph as the bench picks them). */
export async function measureMixDbHits(db: Database, driver: Driver, database: string): Promise<Record<string, number>> {
  const mix = queryMix(await pickFixtures(driver, database));
  const apollo = createApolloServer({ logger: createLogger('silent'), production: true });
  await apollo.start();
  try {
    const hits: Record<string, number> = {};
    for (const query of mix) {
      const run = async (runner: Database) => {
        const response = await apollo.executeOperation(query.ours, { contextValue: createRequestContext(runner, `dbhits-${query.name}`) });
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.length) throw new Error(`${query.name} failed: ${errors[0]!.message}`);
      };
      // Once unprofiled first: process-wide caches (the name index) are then as in serving.
      await run(db);
      const sink = { dbHits: 0 };
      await run(db.withProfile(sink));
      hits[query.name] = sink.dbHits;
    }
    return hits;
  } finally {
    await apollo.stop();
  }
}

/** Each mix query's db hits on the bench's graph, whichever it is. */
export async function measureDbHits(neo4j: BenchNeo4j): Promise<Record<string, number>> {
  const { uri, user, password, database, driver } = neo4j;
  const db = Database.connect({ uri, user, password, database, txTimeoutMs: 60_000, maxPoolSize: 5, acquireTimeoutMs: 10_000 });
  try {
    return await measureMixDbHits(db, driver, database);
  } finally {
    await db.close();
  }
}

/** Quick mode: measures the db hits on the bench's seed graph and rewrites the committed baseline. */
export async function recordDbHitsBaseline(neo4j: BenchNeo4j): Promise<Record<string, number>> {
  // As the guard's test does after reseeding: index statistics sampled before the seed was loaded
  // (resampled asynchronously, whenever Neo4j gets to it) gave some plans 10-40 % more db hits.
  // prepareForReplanning resamples every index, waits for it, then clears the plan cache.
  await neo4j.driver.executeQuery('CALL db.prepareForReplanning(60000)', {}, { database: neo4j.database });
  const dbHits = await measureDbHits(neo4j);
  writeDbHitsBaseline(dbHits, await neo4jVersion(neo4j.driver, neo4j.database));
  return dbHits;
}

export async function neo4jVersion(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS version', {}, { database });
  return String(records[0]?.get('version') ?? 'unknown');
}

export function readDbHitsBaseline(file = DB_HITS_BASELINE): DbHitsBaseline {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DbHitsBaseline;
}

export function writeDbHitsBaseline(dbHits: Record<string, number>, neo4j: string, file = DB_HITS_BASELINE): void {
  const baseline: DbHitsBaseline = {
    about:
      'PROFILE db hits of each bench mix query through our GraphQL server on the seed graph, written by `npm run bench -- --quick`; ' +
      'test/integration/dbHits.test.ts fails when a query exceeds its figure by more than 20 %.',
    graph: 'seed graph',
    neo4j,
    dbHits,
  };
  fs.writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** The queries whose db hits exceed the baseline by more than the tolerance (or have none). */
export interface DbHitsRegression {
  name: string;
  hits: number;
  /** The most the baseline allows; null: the baseline has no figure for this query. */
  allowed: number | null;
}

export function dbHitsRegressions(
  measured: Record<string, number>,
  baseline: Record<string, number>,
  tolerance = DB_HITS_TOLERANCE,
): DbHitsRegression[] {
  return Object.entries(measured).flatMap(([name, hits]): DbHitsRegression[] => {
    const allowed = baseline[name];
    if (allowed === undefined) return [{ name, hits, allowed: null }];
    const most = Math.floor(allowed * (1 + tolerance));
    return hits > most ? [{ name, hits, allowed: most }] : [];
  });
}
