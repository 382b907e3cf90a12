/**
 * Rate limits over HTTP (RATE_LIMIT_*): past the limit a client's wrong tokens and an editor's
 * mutations are answered 429 RATE_LIMITED with Retry-After and write nothing, while other
 * clients (a known token from the same address, another editor, anonymous reads) go on.
 */
import type { NamedQuery } from '../../src/db/namedQuery';
import { NO_RATE_LIMITS } from '../../src/config';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';
import { ALICE, TEST_EDITORS } from '../support/testServer';

const BOB = `Bearer ${TEST_EDITORS[1]!.token}`;

const cleanup: NamedQuery = {
  name: 'test:cleanupRateLimits',
  cypher: `
    CALL () { MATCH (e:Entity) WHERE e.id STARTS WITH 'ratelimit-' DETACH DELETE e }
    CALL () { MATCH (c:Change) WHERE c.editor IN ['alice-test', 'bob-test'] DETACH DELETE c }`,
};
const countQuery: NamedQuery = {
  name: 'test:countRateLimitEntities',
  cypher: "MATCH (e:Entity) WHERE e.id STARTS WITH 'ratelimit-' RETURN count(e) AS entities",
};

type GraphQLBody = { data?: any; errors: Array<{ message: string; extensions: Record<string, unknown> }> };

async function post(server: HttpTestServer, body: unknown, authorization?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as GraphQLBody };
}

const READ = { query: 'query Ping { __typename }' };
const upsert = (id: string) => ({
  query: 'mutation Upsert($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id } } }',
  variables: { input: { id, type: 'ORGANIZATION', name: `Rate Limit Test Office ${id.slice(-2)}` } },
});

describe('failed authentication', () => {
  const limit = 20;
  let server: HttpTestServer;
  beforeAll(async () => {
    server = await startHttpTestServer({ production: true, rateLimits: { ...NO_RATE_LIMITS, failedAuth: limit } });
  });
  afterAll(async () => {
    await server.close();
  });

  it(`answers 429 with Retry-After to every wrong token after the first ${limit}, and a known token from the same address is unaffected`, async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const answer = await post(server, READ, `Bearer wrong-token-${attempt}-0123456789`);
      statuses.push(answer.status);
      if (answer.status === 429) {
        expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
        expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60);
        expect(answer.body).toEqual({
          errors: [
            {
              message: expect.stringMatching(/retry after \d+ s/),
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(answer.retryAfter) },
            },
          ],
        });
      }
    }
    // An unknown token may read (reads are open): the first ones are answered, the rest refused.
    expect(statuses.slice(0, limit)).toEqual(Array(limit).fill(200));
    expect(statuses.slice(limit)).toEqual(Array(200 - limit).fill(429));

    const editor = await post(server, READ, ALICE);
    expect(editor.status).toBe(200);
    expect(editor.body.data).toEqual({ __typename: 'Query' });
    const anonymous = await post(server, READ);
    expect(anonymous.status).toBe(200);
    // A malformed Authorization is a failed authentication too.
    expect((await post(server, READ, 'Basic d3Jvbmc6d3Jvbmc=')).status).toBe(429);
  });
});

describe('mutations', () => {
  const limit = 5;
  let server: HttpTestServer;
  beforeAll(async () => {
    server = await startHttpTestServer({ production: true, rateLimits: { ...NO_RATE_LIMITS, mutations: limit } });
    await server.db.write(cleanup);
  });
  afterAll(async () => {
    await server.db.write(cleanup);
    await server.close();
  });

  it(`answers an editor's mutations past ${limit} with 429 and writes nothing, while reads and other editors go on`, async () => {
    for (let index = 0; index < limit; index += 1) {
      const answer = await post(server, upsert(`ratelimit-a${index}`), ALICE);
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    const over = await post(server, upsert('ratelimit-a9'), ALICE);
    expect(over.status).toBe(429);
    expect(Number(over.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(over.body.errors[0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: Number(over.retryAfter) });
    expect(over.body.data).toBeUndefined();
    const [row] = await server.db.read<{ entities: number }>(countQuery);
    expect(Number(row!.entities)).toBe(limit);

    expect((await post(server, READ, ALICE)).status).toBe(200);
    const bob = await post(server, upsert('ratelimit-b0'), BOB);
    expect(bob.status).toBe(200);
    expect(bob.body.data.upsertEntity.entity.id).toBe('ratelimit-b0');
  });
});

describe('reads', () => {
  it('are not limited unless RATE_LIMIT_READS is set, then per client', async () => {
    const server = await startHttpTestServer({ rateLimits: { ...NO_RATE_LIMITS, reads: 3 } });
    try {
      const statuses = [];
      for (let index = 0; index < 5; index += 1) statuses.push((await post(server, READ)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect((await post(server, READ, ALICE)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('clients behind a proxy', () => {
  const limit = 3;
  const fromBehind = async (server: HttpTestServer, client: string) =>
    (
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-token-0123456789', 'x-forwarded-for': client },
        body: JSON.stringify(READ),
      })
    ).status;

  it("counts every client together when no proxy is trusted: X-Forwarded-For is anyone's to send", async () => {
    const server = await startHttpTestServer({ production: true, rateLimits: { ...NO_RATE_LIMITS, failedAuth: limit } });
    try {
      for (let attempt = 0; attempt < limit; attempt += 1) expect(await fromBehind(server, '203.0.113.1')).not.toBe(429);
      expect(await fromBehind(server, '203.0.113.2')).toBe(429);
    } finally {
      await server.close();
    }
  });

  it('counts each client apart when the proxy is trusted (TRUST_PROXY)', async () => {
    const server = await startHttpTestServer({
      production: true,
      trustProxy: ['127.0.0.1', '::1'],
      rateLimits: { ...NO_RATE_LIMITS, failedAuth: limit },
    });
    try {
      for (let attempt = 0; attempt < limit; attempt += 1) expect(await fromBehind(server, '203.0.113.1')).not.toBe(429);
      expect(await fromBehind(server, '203.0.113.1')).toBe(429);
      expect(await fromBehind(server, '203.0.113.2')).not.toBe(429);
    } finally {
      await server.close();
    }
  });
});
