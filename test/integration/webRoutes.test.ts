/**
 * The web routes over real HTTP: GraphiQL for browsers on /graphql while GraphQL clients still
 * reach Apollo there, the explorer page, the bundled assets, and what is refused. The test owns
 * its web folder (a stand-in bundle), so it needs no `npm run build:web`.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let folder: string;
let server: HttpTestServer;
let unbuilt: HttpTestServer;

beforeAll(async () => {
  // <folder>/secret.txt sits beside the web folder: what a traversal would reach.
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'web-routes-'));
  const web = path.join(folder, 'web');
  fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'secret.txt'), 'SECRET');
  fs.writeFileSync(path.join(web, 'graphiql.html'), '<!doctype html><title>GraphiQL stand-in</title>');
  fs.writeFileSync(path.join(web, 'explore.html'), '<!doctype html><title>Explorer stand-in</title>');
  fs.writeFileSync(path.join(web, 'assets', 'explore-ABC123.js'), 'console.log("explore");');
  fs.writeFileSync(path.join(web, 'assets', 'explore-ABC123.js.gz'), zlib.gzipSync('console.log("explore");'));
  fs.writeFileSync(path.join(web, 'assets', 'explore-ABC123.css'), 'body { margin: 0 }');
  fs.writeFileSync(path.join(web, 'assets', 'codicon-XYZ.ttf'), Buffer.from([0, 1, 0, 0]));
  server = await startHttpTestServer({ webDir: web });
  unbuilt = await startHttpTestServer({ webDir: path.join(folder, 'never-built') });
});
afterAll(async () => {
  await server.close();
  await unbuilt.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request sent exactly as written: fetch() would normalise `..` away before sending. */
function raw(
  base: string,
  target: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: target, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}
const get = (target: string, headers: http.OutgoingHttpHeaders = {}) => raw(server.url, target, { headers });

describe('GET /graphql from a browser', () => {
  it('serves the GraphiQL page, never cached, allowed to load only from this server', async () => {
    const response = await get('/graphql', { accept: BROWSER_ACCEPT });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.toString()).toContain('GraphiQL stand-in');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await raw(server.url, '/graphql', { method: 'HEAD', headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.length).toBe(0);
  });
});

describe('GraphQL clients on /graphql still reach Apollo', () => {
  it('a POST is executed', async () => {
    const response = await raw(server.url, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: '{ entity(id: "japan") { name } }' }),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toEqual({ data: { entity: { name: 'Japan' } } });
  });

  it('a GET with a query is executed', async () => {
    const response = await get(`/graphql?query=${encodeURIComponent('{ entity(id: "japan") { name } }')}`, {
      accept: 'application/json',
      'apollo-require-preflight': 'true',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toEqual({ data: { entity: { name: 'Japan' } } });
  });

  it('a GET with a query goes to Apollo even when it comes from a browser', async () => {
    const response = await get(`/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      accept: BROWSER_ACCEPT,
      'apollo-require-preflight': 'true',
    });
    expect(response.headers['content-type']).toMatch(/json/);
    expect(JSON.parse(response.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it.each([
    ['application/json', 'application/json'],
    ['curl (any type)', '*/*'],
    ['no Accept header', undefined],
    ['JSON and HTML equally', 'application/json, text/html'],
  ])('a GET without a query that accepts %s gets Apollo, not the page', async (_name, accept) => {
    const response = await get('/graphql', accept ? { accept } : {});
    expect(response.headers['content-type']).not.toMatch(/html/);
    expect(response.body.toString()).not.toContain('GraphiQL stand-in');
  });
});

describe('the explorer page', () => {
  it.each(['/explore', '/explore/'])('is served at %s', async (target) => {
    const response = await get(target, { accept: BROWSER_ACCEPT });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.toString()).toContain('Explorer stand-in');
  });

  it('refuses a POST with 405', async () => {
    const response = await raw(server.url, '/explore', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });
});

describe("what Neo4j Browser loads from this server (its page is on Neo4j's port)", () => {
  const NEO4J_BROWSER_ORIGIN = 'http://localhost:7474';

  it('serves the style file as it is, readable from any origin', async () => {
    const response = await raw(server.url, '/neo4j-browser/style.grass', { headers: { origin: NEO4J_BROWSER_ORIGIN } });
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.body.toString()).toBe(fs.readFileSync(path.join(__dirname, '..', '..', 'neo4j', 'browser', 'style.grass'), 'utf8'));
  });

  it("answers the guide's preflight (Browser sends pragma and cache-control), then the guide, pointing :style back at the host it was asked by", async () => {
    const preflight = await raw(server.url, '/neo4j-browser/guide.html', {
      method: 'OPTIONS',
      headers: {
        origin: NEO4J_BROWSER_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'pragma,cache-control',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/pragma.*cache-control/);
    const port = new URL(server.url).port;
    const guide = await raw(server.url, '/neo4j-browser/guide.html', {
      headers: { origin: NEO4J_BROWSER_ORIGIN, host: `localhost:${port}` },
    });
    expect(guide.status).toBe(200);
    expect(guide.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(guide.body.toString()).toContain(`:style http://localhost:${port}/neo4j-browser/style.grass`);
  });

  it('keeps CORS closed elsewhere to origins not in CORS_ORIGINS, and refuses a POST with 405', async () => {
    const graphql = await raw(server.url, '/graphql', {
      method: 'POST',
      headers: { origin: NEO4J_BROWSER_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.headers['access-control-allow-origin']).toBeUndefined();
    expect((await raw(server.url, '/neo4j-browser/style.grass', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('the bundled assets', () => {
  it.each([
    ['explore-ABC123.js', 'text/javascript; charset=utf-8'],
    ['explore-ABC123.css', 'text/css; charset=utf-8'],
    ['codicon-XYZ.ttf', 'font/ttf'],
  ])('serves %s as %s, cached for a year', async (name, contentType) => {
    const response = await get(`/assets/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(contentType);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the gzip twin to a client that accepts gzip, and the plain file to one that does not', async () => {
    const gzipped = await get('/assets/explore-ABC123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzipped.body).toString()).toBe('console.log("explore");');
    const plain = await get('/assets/explore-ABC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('console.log("explore");');
  });

  it('answers a revalidation with the same ETag by 304, without the body', async () => {
    const first = await get('/assets/explore-ABC123.css');
    expect(first.headers.etag).toEqual(expect.any(String));
    const again = await get('/assets/explore-ABC123.css', { 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers a byte range with 206 and only those bytes', async () => {
    const response = await get('/assets/explore-ABC123.css', { range: 'bytes=0-3' });
    expect(response.status).toBe(206);
    expect(response.body.toString()).toBe('body');
    expect(response.headers['content-range']).toBe('bytes 0-3/18');
  });

  it('revalidates the explorer page by ETag too (304), while never caching it blindly', async () => {
    const first = await get('/explore', { accept: BROWSER_ACCEPT });
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await get('/explore', { accept: BROWSER_ACCEPT, 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
  });

  it('answers a missing asset with 404', async () => {
    const response = await get('/assets/explore-GONE.js');
    expect(response.status).toBe(404);
  });

  it.each([
    '/explore/../../etc/passwd',
    '/assets/../../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    '/assets/%2fetc%2fpasswd',
    '/assets/explore-ABC123.js%00.txt',
    '/assets/%E0%A4%A',
  ])('refuses the path traversal %s', async (target) => {
    const response = await get(target);
    expect([400, 404]).toContain(response.status);
    expect(response.body.toString()).not.toMatch(/SECRET|root:/);
  });
});

describe('before `npm run build:web`', () => {
  it.each([
    ['/explore', {}],
    ['/graphql', { accept: BROWSER_ACCEPT }],
  ])('%s answers 503 with one line saying how to build the pages', async (target, headers) => {
    const response = await raw(unbuilt.url, target, { headers });
    expect(response.status).toBe(503);
    const text = response.body.toString();
    expect(text).toContain('npm run build:web');
    expect(text.trim().split('\n')).toHaveLength(1);
  });

  it('GraphQL itself keeps working', async () => {
    const response = await raw(unbuilt.url, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
  });
});
