/**
 * Twenty identical writes at once, over real HTTP against the real Neo4j (#12 defects 3 and 10):
 * each idempotent mutation changes the graph once and writes one audit record, every client gets
 * the same answer, and a later repeat records nothing.
 */
import type { NamedQuery } from '../../src/db/namedQuery';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';
import { ALICE } from '../support/testServer';

const RACERS = 20;
let server: HttpTestServer;

const cleanup: NamedQuery = {
  name: 'test:cleanupWriteRaces',
  cypher: `
    CALL () { MATCH (n) WHERE (n:Entity OR n:Document) AND n.id STARTS WITH 'hrace-' DETACH DELETE n }
    CALL () { MATCH (ev:Evidence) WHERE ev.factId STARTS WITH 'hrace-' DETACH DELETE ev }
    CALL () { MATCH (c:Change) WHERE c.summary CONTAINS 'hrace-' DETACH DELETE c }`,
};

beforeAll(async () => {
  server = await startHttpTestServer({ production: true });
  await server.db.write(cleanup);
  await post(
    'mutation { ingestDocument(input: { id: "hrace-doc", title: "Race report", text: "Hrace Alpha Institute cooperates with Hrace Beta Institute." }) { created } }',
  );
  for (const [id, name] of [
    ['hrace-alpha', 'Hrace Alpha Institute'],
    ['hrace-beta', 'Hrace Beta Institute'],
  ]) {
    await post(`mutation { upsertEntity(input: { id: "${id}", type: ORGANIZATION, name: "${name}" }) { entity { id } } }`);
  }
});
afterAll(async () => {
  await server.db.write(cleanup);
  await server.close();
});

interface Answer {
  status: number;
  data?: Record<string, unknown>;
  errors?: unknown[];
}

async function post(query: string): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: ALICE },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/** Sends `query` RACERS times at once; every answer must be a success. */
async function race(query: string): Promise<Answer[]> {
  const answers = await Promise.all(Array.from({ length: RACERS }, () => post(query)));
  expect(answers.map((answer) => [answer.status, answer.errors])).toEqual(Array(RACERS).fill([200, undefined]));
  return answers;
}

async function countChanges(operation: string, subject: string): Promise<number | undefined> {
  const [row] = await server.db.read<{ records: number }>(
    {
      name: 'test:countRaceChanges',
      cypher: 'MATCH (c:Change {operation: $operation}) WHERE c.summary CONTAINS $subject RETURN count(c) AS records',
    },
    { operation, subject },
  );
  return row?.records;
}

it('stores an alias once and records it once when twenty identical addAlias arrive at once', async () => {
  const ADD = 'mutation { addAlias(input: { entityId: "hrace-alpha", alias: "HAI Racing" }) { entity { aliases } } }';
  const answers = await race(ADD);
  expect(new Set(answers.map((answer) => JSON.stringify(answer.data)))).toEqual(
    new Set([JSON.stringify({ addAlias: { entity: { aliases: ['HAI Racing'] } } })]),
  );
  const [row] = await server.db.read<{ stored: number }>({
    name: 'test:countRaceAlias',
    cypher: "MATCH (e:Entity {id: 'hrace-alpha'}) RETURN size([a IN e.aliases WHERE a = 'HAI Racing']) AS stored",
  });
  expect(row?.stored).toBe(1);
  expect(await countChanges('addAlias', '"HAI Racing"')).toBe(1);
  await post(ADD);
  expect(await countChanges('addAlias', '"HAI Racing"')).toBe(1);
});

it('records one "created" when twenty identical upsertEntity of a new entity arrive at once', async () => {
  const UPSERT =
    'mutation { upsertEntity(input: { id: "hrace-gamma", type: ORGANIZATION, name: "Hrace Gamma Institute" }) { entity { id name } } }';
  await race(UPSERT);
  expect(await countChanges('upsertEntity', 'created ORGANIZATION hrace-gamma ')).toBe(1);
  await post(UPSERT);
  expect(await countChanges('upsertEntity', 'hrace-gamma ')).toBe(1);
});

it('answers created: true to one of twenty identical ingestDocument arriving at once, and records one ingest', async () => {
  const INGEST =
    'mutation { ingestDocument(input: { id: "hrace-doc-two", title: "Second race report", text: "Hrace Beta Institute met Hrace Alpha Institute." }) { created mentions { entity { id } } } }';
  const answers = await race(INGEST);
  expect(answers.filter((answer) => (answer.data?.ingestDocument as { created: boolean }).created)).toHaveLength(1);
  expect(await countChanges('ingestDocument', 'hrace-doc-two')).toBe(1);
  const repeat = await post(INGEST);
  expect((repeat.data?.ingestDocument as { created: boolean }).created).toBe(false);
  expect(await countChanges('ingestDocument', 'hrace-doc-two')).toBe(1);
});

it('writes one fact with one evidence and one record when twenty identical assertFact arrive at once, and one retraction', async () => {
  const ASSERT = `mutation { assertFact(input: { type: COOPERATES_WITH, from: "hrace-alpha", to: "hrace-beta", status: REPORTED,
    evidence: [{ document: "hrace-doc", quote: "Hrace Alpha Institute cooperates with Hrace Beta Institute" }] }) { relation { id } } }`;
  await race(ASSERT);
  const [row] = await server.db.read<{ edges: number; evidence: number }>({
    name: 'test:countRaceFact',
    cypher: `MATCH (:Entity {id: 'hrace-alpha'})-[r:COOPERATES_WITH]->(:Entity {id: 'hrace-beta'})
             RETURN count(r) AS edges, COUNT { (ev:Evidence {factId: r.id}) } AS evidence`,
  });
  expect(row).toEqual({ edges: 1, evidence: 1 });
  expect(await countChanges('assertFact', 'asserted hrace-alpha.COOPERATES_WITH.hrace-beta ')).toBe(1);

  await race('mutation { retractFact(input: { id: "hrace-alpha.COOPERATES_WITH.hrace-beta", reason: "Raced retraction" }) { changed } }');
  expect(await countChanges('retractFact', 'retracted hrace-alpha.COOPERATES_WITH.hrace-beta')).toBe(1);
});
