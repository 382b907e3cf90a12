import type { AddressInfo } from 'node:net';
import type * as http from 'node:http';
import { createLogger } from '../../src/logger';
import { createApolloServer } from '../../src/graphql/apollo';
import { createRequestContext } from '../../src/graphql/context';
import { graphqlRoute } from '../../src/http/routes/graphql';
import { createHttpServer } from '../../src/http/server';
import { connectTestDatabase } from '../support/testServer';

let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const db = connectTestDatabase();
  const apollo = createApolloServer({ logger: createLogger('silent'), production: true });
  await apollo.start();
  const routes = [graphqlRoute({ apollo, createContext: async ({ requestId }) => createRequestContext(db, requestId) })];
  const server: http.Server = createHttpServer({ routes, logger: createLogger('silent') });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
    await db.close();
  };
});
afterAll(() => close());

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
