/**
 * Two server processes over one Neo4j behave as one service: the server keeps no state of its
 * own, so a load balancer may send any request to either replica.
 */
import type { NamedQuery } from '../../src/db/namedQuery';
import { startReplicas, type ServerProcess } from '../support/serverProcess';
import { connectTestDatabase } from '../support/testServer';

jest.setTimeout(120_000);
const EDITOR = 'replica-test:replica-test-token-0123456789';
const AUTHORIZATION = 'Bearer replica-test-token-0123456789';

const cleanup: NamedQuery = {
  name: 'test:cleanupReplicas',
  cypher: `
    CALL () { MATCH (e:Entity) WHERE e.id STARTS WITH 'rep-' DETACH DELETE e }
    CALL () { MATCH (c:Change) WHERE c.editor = 'replica-test' DETACH DELETE c }`,
};

let replicas: ServerProcess[] = [];

async function post(server: ServerProcess, query: string, authorization?: string): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization) headers.authorization = authorization;
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  const db = connectTestDatabase();
  await db.write(cleanup).finally(() => db.close());
  replicas = await startReplicas(2, { EDITOR_TOKENS: EDITOR });
});

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  const db = connectTestDatabase();
  await db.write(cleanup).finally(() => db.close());
});

describe('two replicas over one Neo4j', () => {
  it('answer the same analyst queries identically', async () => {
    for (const query of [
      '{ entity(name: "Hena Wilkunen") { id name aliases relations(first: 5) { totalCount edges { cursor node { id type other { name } } } } } }',
      '{ search(query: "Virkunen", first: 5) { totalCount edges { node { id name } } } }',
      '{ paths(from: "henna-virkkunen", to: "hiroshima-ai-process", maxHops: 4, first: 3) { length steps { type other { id } } } }',
    ]) {
      const [first, second] = await Promise.all(replicas.map((replica) => post(replica, query)));
      expect(first).toMatchObject({ status: 200 });
      expect(second).toEqual(first);
    }
  });

  it('read on one replica what was written through the other', async () => {
    const written = await post(
      replicas[0]!,
      'mutation { upsertEntity(input: { id: "rep-written", type: ORGANIZATION, name: "Replica Test Organisation" }) { entity { id name } } }',
      AUTHORIZATION,
    );
    expect(written).toEqual({
      status: 200,
      body: { data: { upsertEntity: { entity: { id: 'rep-written', name: 'Replica Test Organisation' } } } },
    });
    expect(await post(replicas[1]!, '{ entity(id: "rep-written") { id name } }')).toEqual({
      status: 200,
      body: { data: { entity: { id: 'rep-written', name: 'Replica Test Organisation' } } },
    });
  });
});
