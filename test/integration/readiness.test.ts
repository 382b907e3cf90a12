/**
 * Readiness means a query works, and a Neo4j that goes away and comes back costs a bounded
 * wait: the test's Neo4j sits behind a TCP proxy that is cut (open connections destroyed,
 * new ones refused) and restored, as when Neo4j restarts.
 */
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db/database';
import { eventually } from '../support/serverProcess';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';
import { TcpProxy } from '../support/tcpProxy';

jest.setTimeout(60_000);
const config = loadConfig();
const target = new URL((config.neo4j.uri as string).replace(/^bolt/, 'http'));

let proxy: TcpProxy;
let server: HttpTestServer;
beforeAll(async () => {
  proxy = new TcpProxy(await TcpProxy.freePort(), { host: target.hostname, port: Number(target.port) });
  await proxy.up();
  const db = Database.connect({ ...config.neo4j, uri: `bolt://127.0.0.1:${proxy.port}`, password: config.neo4j.password ?? '' });
  server = await startHttpTestServer({ db, production: true });
});
afterAll(async () => {
  await server.close();
  await proxy.down();
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const began = Date.now();
  const value = await work();
  return { value, ms: Date.now() - began };
}
const ready = () => timed(async () => (await fetch(`${server.url}/health/ready`)).status);
const japan = () =>
  timed(async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "japan") { name } }' }),
    });
    const body = (await response.json()) as { data?: { entity?: { name: string } }; errors?: Array<{ extensions?: { code?: string } }> };
    return body.data?.entity?.name ?? body.errors?.[0]?.extensions?.code;
  });

describe('readiness and a Neo4j restart', () => {
  it('is ready when a query answers', async () => {
    expect((await ready()).value).toBe(200);
    expect((await japan()).value).toBe('Japan');
  });

  it('turns not ready within one probe when Neo4j goes away, and queries fail fast', async () => {
    // Several pooled connections, as under load: each of them dies with the proxy.
    await Promise.all(Array.from({ length: 6 }, () => japan()));
    await proxy.down();
    const probe = await ready();
    expect(probe.value).toBe(503);
    const query = await japan();
    expect(query.value).toBe('SERVICE_UNAVAILABLE');
    process.stderr.write(`outage: ready answered ${probe.value} in ${probe.ms} ms; a query ${query.value} in ${query.ms} ms\n`);
    expect(probe.ms).toBeLessThan(3_000);
  });

  it('is ready again after Neo4j comes back, and the first queries do not hang on dead connections', async () => {
    await proxy.up();
    const back = await timed(() => eventually(async () => (await ready()).value === 200, 20_000, 100));
    expect(back.value).toBe(true);
    const first = await Promise.all(Array.from({ length: 6 }, () => japan()));
    expect(first.map((answer) => answer.value)).toEqual(Array(6).fill('Japan'));
    const slowest = Math.max(...first.map((answer) => answer.ms));
    process.stderr.write(`recovery: ready again ${back.ms} ms after Neo4j came back; first 6 queries, slowest ${slowest} ms\n`);
    expect(slowest).toBeLessThan(3_000);
  });
});
