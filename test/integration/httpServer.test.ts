import * as http from 'node:http';
import { ROUND_TRIPS_HEADER } from '../../src/graphql/plugins/roundTripsHeader';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';

let server: HttpTestServer;
let url: string;

beforeAll(async () => {
  server = await startHttpTestServer({ production: true });
  url = server.url;
});
afterAll(() => server.close());

const post = (body: string, contentType = 'application/json') =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('the HTTP server', () => {
  it('answers a GraphQL POST with data read from Neo4j', async () => {
    const response = await post(JSON.stringify({ query: '{ entity(id: "japan") { name type } }' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { entity: { name: 'Japan', type: 'COUNTRY' } } });
    expect(response.headers.get('x-request-id')).toEqual(expect.any(String));
  });

  it('answers malformed JSON with 400 and a stable code, not a stack trace', async () => {
    const response = await post('{"query": "{ entity(id: ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_200_000) } }));
    expect(response.status).toBe(413);
  });

  it('answers an unknown route with 404', async () => {
    const response = await fetch(`${url}/nope`);
    expect(response.status).toBe(404);
  });

  it('hides stack traces in production mode', async () => {
    const response = await post(JSON.stringify({ query: '{ entity(id: "japan", name: "Japan") { id } }' }));
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.extensions.stacktrace).toBeUndefined();
  });
});

describe('what the HTTP layer adds around GraphQL', () => {
  it('answers { __typename } with 200 and its Cypher round trips (none)', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers.get(ROUND_TRIPS_HEADER)).toBe('0');
  });

  it("echoes the caller's x-request-id, trimmed, and makes one up otherwise", async () => {
    const given = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'x-request-id': `trace-${'x'.repeat(300)}`, 'apollo-require-preflight': 'true' },
    });
    expect(given.headers.get('x-request-id')).toBe(`trace-${'x'.repeat(94)}`);
    const made = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a form or text body with 400 (not 415): only a JSON body is a GraphQL request', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post(JSON.stringify({ query: '{ __typename }' }), contentType);
      expect({ contentType, status: response.status }).toEqual({ contentType, status: 400 });
    }
  });

  it('answers a plain GET query, as urql and graphql-http send it (no preflight header), with variables', async () => {
    const query = encodeURIComponent('query Named($id: ID!) { entity(id: $id) { name } }');
    const variables = encodeURIComponent(JSON.stringify({ id: 'japan' }));
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const response = await fetch(`${url}/graphql?query=${query}&variables=${variables}`, { headers: { accept } });
      expect({ accept, status: response.status, body: await response.json() }).toEqual({
        accept,
        status: 200,
        body: { data: { entity: { name: 'Japan' } } },
      });
    }
  });

  it('answers PUT and DELETE on /graphql with 405, as Apollo does', async () => {
    for (const method of ['PUT', 'DELETE']) {
      const response = await fetch(`${url}/graphql`, { method, headers: { 'content-type': 'application/json' }, body: '{}' });
      expect({ method, status: response.status }).toEqual({ method, status: 405 });
    }
  });

  it('answers a Host header that is not a host name without a 500', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const { hostname, port } = new URL(url);
      const request = http.request(
        { hostname, port, path: '/graphql?query=%7B__typename%7D', headers: { host: 'a b[', 'apollo-require-preflight': 'true' } },
        (response) => {
          response.resume();
          resolve(response.statusCode!);
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(status).toBeLessThan(500);
  });
});

describe('compressed GraphQL answers', () => {
  const entityList = JSON.stringify({
    query: '{ entities(first: 100) { edges { node { id name type aliases } } } }',
  });
  const send = (body: string, acceptEncoding: string) =>
    new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      const request = http.request(
        `${url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
        },
      );
      request.on('error', reject);
      request.end(body);
    });

  it('compresses an answer over 1 KiB for a client that accepts gzip, to the same JSON', async () => {
    const plain = await send(entityList, 'identity');
    const gzipped = await send(entityList, 'gzip');
    expect(plain.encoding).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(1024);
    expect(gzipped.encoding).toBe('gzip');
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 2);
    const { gunzipSync } = await import('node:zlib');
    expect(JSON.parse(gunzipSync(gzipped.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
  });

  it('prefers brotli when offered, and leaves a small answer uncompressed', async () => {
    expect((await send(entityList, 'gzip, br')).encoding).toBe('br');
    expect((await send(JSON.stringify({ query: '{ __typename }' }), 'gzip, br')).encoding).toBeUndefined();
  });
});
