/**
 * The db-hits guard (bench/dbHits.ts): each query of the bench's mix, run through our GraphQL
 * server on the seed graph, does at most 20 % more storage work (PROFILE db hits, summed over
 * its statements) than the committed baseline `npm run bench -- --quick` wrote. Deterministic:
 * db hits depend on the graph and the plans, not on the machine's load.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { DB_HITS_TOLERANCE, dbHitsRegressions, measureMixDbHits, readDbHitsBaseline } from '../../bench/dbHits';
import { queryMix } from '../../bench/mix';
import type { Database } from '../../src/db/database';
import { seedGraph } from '../../src/startup/seeding';
import { connectTestDatabase } from '../support/testServer';

let db: Database;
let driver: Driver;
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

beforeAll(async () => {
  db = connectTestDatabase();
  driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
    disableLosslessIntegers: true,
  });
  // The baseline is of the seed graph as loaded: earlier suites' writes must not count, nor the
  // plans Neo4j cached while their data was there (a plan fits the counts it was made for), nor
  // index statistics sampled then: every index is resampled (waited for) before the cache is cleared.
  await seedGraph(db, { reset: true });
  await driver.executeQuery('CALL db.prepareForReplanning(60000)', {}, { database });
}, 120_000);

afterAll(async () => {
  await driver.close();
  await db.close();
});

describe('the db hits of the bench mix on the seed graph', () => {
  const baseline = readDbHitsBaseline();

  it('has a baseline figure for every query of the mix', () => {
    const names = queryMix({
      hub: '',
      member: '',
      alias: '',
      aliasKey: '',
      searchText: '',
      searchLucene: '',
      pathFrom: '',
      pathTo: '',
      quote: '',
      proposalsDocument: null,
    }).map((query) => query.name);
    expect(Object.keys(baseline.dbHits).sort()).toEqual([...names].sort());
    for (const name of names) expect(baseline.dbHits[name]).toBeGreaterThan(0);
  });

  it(`grow by at most ${DB_HITS_TOLERANCE * 100} % over the committed baseline, query by query`, async () => {
    const measured = await measureMixDbHits(db, driver, database);
    expect(dbHitsRegressions(measured, baseline.dbHits)).toEqual([]);
  }, 120_000);
});

describe('the guard itself', () => {
  it('reports a query whose db hits grew by more than the tolerance, and one without a baseline', () => {
    expect(dbHitsRegressions({ a: 120, b: 121, c: 5 }, { a: 100, b: 100 })).toEqual([
      { name: 'b', hits: 121, allowed: 120 },
      { name: 'c', hits: 5, allowed: null },
    ]);
  });
});
