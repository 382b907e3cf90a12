/**
 * Bad input over real HTTP, in production mode: each gets a 4xx or a GraphQL error with a
 * stable code (never a 500, a stack trace or a hang), and the graph's counts do not change.
 */
import { createHash } from 'node:crypto';
import { countGraphElements, type GraphCounts } from '../../src/store/countGraph';
import { LIMITS } from '../../src/graphql/limits';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';
import { ALICE } from '../support/testServer';

let server: HttpTestServer;
let before: GraphCounts;
beforeAll(async () => {
  server = await startHttpTestServer({ production: true });
  before = await countGraphElements(server.db);
});
afterAll(async () => {
  expect(await countGraphElements(server.db)).toEqual(before);
  await server.close();
});

interface Answer {
  status: number;
  codes: string[];
  text: string;
}

async function send(body: string, init: { method?: string; headers?: Record<string, string>; search?: string } = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql${init.search ?? ''}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.method === 'GET' ? undefined : body,
  });
  const text = await response.text();
  let codes: string[] = [];
  try {
    codes = ((JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors ?? []).map(
      (error) => error.extensions?.code ?? 'NONE',
    );
  } catch {
    codes = ['NOT_JSON'];
  }
  return { status: response.status, codes, text };
}

const gql = (query: string, variables?: unknown) => send(JSON.stringify({ query, variables }));

function expectRefused(answer: Answer, code?: string) {
  expect(answer.status).toBeLessThan(500);
  expect(answer.codes.length).toBeGreaterThan(0);
  expect(answer.codes).not.toContain('INTERNAL_SERVER_ERROR');
  if (code) expect(answer.codes).toContain(code);
  expect(answer.text).not.toMatch(/at \S+\.(ts|js):\d+|stacktrace|Neo4jError|MATCH \(/);
}

describe('malformed requests', () => {
  it('refuses malformed JSON, a JSON array body, and a query that is not a string', async () => {
    expectRefused(await send('{"query": "{ entity('), 'BAD_REQUEST');
    const array = await send(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(array.status).toBe(400);
    expect((await send(JSON.stringify({ query: 123 }))).status).toBe(400);
    expect((await send(JSON.stringify({ query: '{ __typename }', variables: 'not an object' }))).status).toBe(400);
  });

  it('refuses unknown fields and wrong variable types', async () => {
    expectRefused(await gql('{ entity(id: "japan") { id password } }'), 'GRAPHQL_VALIDATION_FAILED');
    expectRefused(await gql('query Q($n: Int) { search(query: "EU", first: $n) { totalCount } }', { n: 'ten' }), 'BAD_USER_INPUT');
  });

  it('gives no field suggestions in production', async () => {
    const answer = await gql('{ entitty(id: "japan") { id } }');
    expectRefused(answer, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).not.toMatch(/Did you mean/);
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED, not a 500', async () => {
    const answer = await send('{"query":"{"}');
    expectRefused(answer, 'GRAPHQL_PARSE_FAILED');
    expect(answer.status).toBe(400);
  });

  it('answers a lone surrogate escape in a string literal with 400 GRAPHQL_PARSE_FAILED', async () => {
    const answer = await send('{"query":"{ search(query: \\"\\\\uD800\\") { totalCount } }"}');
    expectRefused(answer, 'GRAPHQL_PARSE_FAILED');
    expect(answer.status).toBe(400);
  });

  it('gives no enum value suggestions in production', async () => {
    const answer = await gql('{ search(query: "EU", types: [PERSN]) { totalCount } }');
    expectRefused(answer, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).not.toMatch(/Did you mean/);
  });

  it('refuses introspection in production', async () => {
    expectRefused(await gql('{ __schema { types { name } } }'), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a mutation sent by GET', async () => {
    const query = encodeURIComponent('mutation { addAlias(input: { entityId: "japan", alias: "Nippon" }) { changed } }');
    const answer = await send('', {
      method: 'GET',
      search: `?query=${query}`,
      headers: { authorization: ALICE, 'apollo-require-preflight': 'true' },
    });
    expect(answer.status).toBe(405);
  });
});

describe('persisted queries and subscriptions', () => {
  const QUERY = '{ entity(id: "japan") { id } }';
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const persisted = (sha256Hash: string, query?: string, version = 1) =>
    send(JSON.stringify({ query, extensions: { persistedQuery: { version, sha256Hash } } }));

  it('answers a persisted query whose hash is not that of its text with 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const answer = await persisted(sha256(`${QUERY} `), QUERY);
    expectRefused(answer, 'PERSISTED_QUERY_HASH_MISMATCH');
    expect(answer.status).toBe(400);
    // Nothing was registered under the wrong hash: asking for it by hash alone finds nothing.
    expect((await persisted(sha256(`${QUERY} `))).codes).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, which is 200 in the APQ protocol', async () => {
    // 200, not 400: Apollo Client's persisted-query link turns APQ off for good on a 400.
    const answer = await persisted(sha256('{ never sent }'));
    expect({ status: answer.status, codes: answer.codes }).toEqual({ status: 200, codes: ['PERSISTED_QUERY_NOT_FOUND'] });
  });

  it('registers a persisted query sent with its right hash, then runs it by hash alone', async () => {
    const query = `{ entity(id: "japan") { id name } }`;
    expect(JSON.parse((await persisted(sha256(query), query)).text)).toEqual({
      data: { entity: { id: 'japan', name: expect.any(String) } },
    });
    const byHash = await persisted(sha256(query));
    expect({ status: byHash.status, body: JSON.parse(byHash.text) }).toEqual({
      status: 200,
      body: { data: { entity: { id: 'japan', name: expect.any(String) } } },
    });
  });

  it('answers an unsupported persisted-query version with 400 BAD_REQUEST', async () => {
    const answer = await persisted(sha256(QUERY), QUERY, 2);
    expectRefused(answer, 'BAD_REQUEST');
    expect(answer.status).toBe(400);
  });

  it('refuses a subscription over HTTP with 400 OPERATION_NOT_SUPPORTED before anything runs (they go over WebSocket)', async () => {
    for (const query of ['subscription { changes { cursor } }', 'subscription S { changes(entityIds: ["japan"], depth: 1) { cursor } }']) {
      const answer = await gql(query);
      expectRefused(answer, 'OPERATION_NOT_SUPPORTED');
      expect({ query, status: answer.status, data: JSON.parse(answer.text).data }).toEqual({ query, status: 400, data: undefined });
    }
  });
});

describe('costly queries', () => {
  it('refuses a query deeper than the limit', async () => {
    let selection = 'id';
    for (let level = 0; level < LIMITS.maxDepth; level += 1) selection = `relations { edges { node { other { ${selection} } } } }`;
    expectRefused(await gql(`{ entity(id: "japan") { ${selection} } }`));
  });

  it('refuses more aliases than the limit', async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: search(query: "EU") { totalCount }`).join(' ');
    expectRefused(await gql(`{ ${fields} }`));
  });

  it('refuses a very wide query by its token count or cost', async () => {
    const fields = Array.from({ length: 400 }, () => 'id name type aliases description').join(' ');
    expectRefused(await gql(`{ entity(id: "japan") { ${fields} } }`));
  });

  it('answers a document over the token limit with 400 and a limit code, not a 500', async () => {
    const answer = await gql(`{ ${'__typename '.repeat(LIMITS.maxTokens + 1)}}`);
    expectRefused(answer);
    expect(answer.status).toBe(400);
  });

  it('refuses fragment cycles', async () => {
    expectRefused(
      await gql('query { entity(id: "japan") { ...A } } fragment A on Entity { ...B } fragment B on Entity { ...A }'),
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('accepts first: 100 on two nested lists, and refuses a third nested page of 100 by cost', async () => {
    const relations = (inner: string) => `relations(first: 100) { edges { node { type other { id ${inner} } evidence { quote } } } }`;
    const two = await gql(`{ entities(first: 100) { edges { node { id ${relations('')} } } } }`);
    expect(two.status).toBe(200);
    expect(two.codes).toEqual([]);
    expectRefused(await gql(`{ entities(first: 100) { edges { node { id ${relations(relations(''))} } } } }`), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a page above 100 and a hop count above 6', async () => {
    expectRefused(await gql('{ search(query: "EU", first: 100000) { totalCount } }'), 'BAD_USER_INPUT');
    expectRefused(await gql('{ paths(from: "japan", to: "tokyo", maxHops: 60) { length } }'), 'BAD_USER_INPUT');
  });
});

describe('values over the documented write limits (docs/limits.md)', () => {
  const UPSERT = 'mutation M($input: UpsertEntityInput!) { upsertEntity(input: $input) { changed } }';
  const INGEST = 'mutation M($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }';
  const ASSERT = 'mutation M($input: AssertFactInput!) { assertFact(input: $input) { changed } }';
  const entity = (extra: Record<string, unknown>) => ({
    input: { id: 'bad-input-long', type: 'ORGANIZATION', name: 'Long Org', ...extra },
  });
  const document = (extra: Record<string, unknown>) => ({ input: { title: 'Long', text: 'Japan signed it.', ...extra } });
  const fact = (extra: Record<string, unknown>) => ({
    input: {
      type: 'COOPERATES_WITH',
      from: 'japan',
      to: 'eu-ai-office',
      status: 'REPORTED',
      evidence: [{ document: 'bad-input-no-doc', quote: 'x' }],
      ...extra,
    },
  });
  // U+FDFA is one character whose normal form is 18 letters: 300 of them make a key too large to index.
  const expanding = '\uFDFA'.repeat(300);
  const cases: ReadonlyArray<readonly [string, string, unknown, RegExp]> = [
    ['a 10,000-character entity id', UPSERT, entity({ id: 'a'.repeat(10_000) }), /input\.id: must be at most 200 characters/],
    ['a 201-character entity id', UPSERT, entity({ id: 'a'.repeat(201) }), /input\.id: must be at most 200/],
    ['a 301-character name', UPSERT, entity({ name: 'n'.repeat(301) }), /input\.name: must be at most 300/],
    ['a name whose normal form is too long to index', UPSERT, entity({ name: expanding }), /input\.name: its normal form/],
    ['a 301-character alias', UPSERT, entity({ aliases: [{ text: 'a'.repeat(301) }] }), /input\.aliases\[0\]\.text: must be at most 300/],
    ['a 2,001-character description', UPSERT, entity({ description: 'd'.repeat(2_001) }), /input\.description: must be at most 2000/],
    [
      'a 301-character alias in addAlias',
      'mutation { addAlias(input: { entityId: "japan", alias: "' + 'a'.repeat(301) + '" }) { changed } }',
      {},
      /input\.alias: must be at most 300/,
    ],
    ['a 201-character document id', INGEST, document({ id: 'd'.repeat(201) }), /input\.id: must be at most 200/],
    ['a 501-character title', INGEST, document({ title: 't'.repeat(501) }), /input\.title: must be at most 500/],
    ['a 201-character publisher', INGEST, document({ publisher: 'p'.repeat(201) }), /input\.publisher: must be at most 200/],
    ['a 2,001-character URL', INGEST, document({ url: `https://example.org/${'u'.repeat(2_000)}` }), /input\.url: must be at most 2000/],
    ['a 10,000-character fact end', ASSERT, fact({ from: 'a'.repeat(10_000) }), /input\.from: must be at most 200/],
    [
      'a 2,001-character quote',
      ASSERT,
      fact({ evidence: [{ document: 'japan', quote: 'q'.repeat(2_001) }] }),
      /quote: must be at most 2000/,
    ],
    [
      'a role whose normal form is too long to index',
      ASSERT,
      fact({ type: 'HOLDS_OFFICE', role: expanding }),
      /input\.role: its normal form/,
    ],
    [
      'a 1,001-character retraction reason',
      `mutation { retractFact(input: { id: "a.B.c", reason: "${'r'.repeat(1_001)}" }) { changed } }`,
      {},
      /input\.reason: must be at most 1000/,
    ],
  ];

  it.each(cases)('refuses %s as BAD_USER_INPUT naming the field and its limit', async (_name, query, variables, message) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: ALICE },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    expect(response.status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
  });
});

describe('hostile strings in every string argument', () => {
  const hostile = [
    "') MATCH (n) DETACH DELETE n //",
    '`} RETURN 1 //',
    '"+ - ! ( ) : ~ * ? \\ / [ ] { } ^ && ||',
    'title:"x" AND name:*',
    '\u0000\u0001\u001b[31m',
    '\u202Eevil\u202C',
    'x'.repeat(1_000_000),
  ];
  const operations = [
    ['entity by name', 'query Q($s: String!) { entity(name: $s) { id } }'],
    ['entity by id', 'query Q($s: ID!) { entity(id: $s) { id } }'],
    ['search', 'query Q($s: String!) { search(query: $s) { totalCount } }'],
    ['entities', 'query Q($s: String!) { entities(namePrefix: $s, factsFrom: $s) { totalCount } }'],
    ['paths', 'query Q($s: ID!) { paths(from: $s, to: "japan") { length } }'],
    ['neighborhood', 'query Q($s: ID!) { neighborhood(id: $s) { truncated } }'],
    ['timeline', 'query Q($s: ID!) { timeline(entityId: $s) { totalCount } }'],
    ['document', 'query Q($s: ID!) { document(id: $s) { id } }'],
    ['history', 'query Q($s: ID!) { history(entityId: $s) { totalCount } }'],
    ['relations cursor', 'query Q($s: String!) { entity(id: "japan") { relations(after: $s) { totalCount } } }'],
    // Writes aim at an id that does not exist, so a valid-but-odd string changes nothing either.
    ['addAlias', 'mutation M($s: String!) { addAlias(input: { entityId: "bad-input-nobody", alias: $s }) { changed } }'],
    ['retractFact', 'mutation M($s: String!) { retractFact(input: { id: $s, reason: $s }) { changed } }'],
  ] as const;

  it.each(operations)('%s answers data or a coded client error, never a 500', async (_name, query) => {
    for (const value of hostile) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: ALICE },
        body: JSON.stringify({ query, variables: { s: value } }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
      const codes = (body.errors ?? []).map((error) => error.extensions?.code);
      expect({ value: value.slice(0, 40), status: response.status < 500, internal: codes.includes('INTERNAL_SERVER_ERROR') }).toEqual({
        value: value.slice(0, 40),
        status: true,
        internal: false,
      });
    }
  });
});
