/**
 * A Neo4j that goes silent (no FIN, no RST: a pulled cable, a paused VM, a firewall dropping the
 * flow) must not hold requests for ever. The test's Neo4j sits behind a TCP proxy that freezes:
 * open connections stay open and carry nothing, new ones are accepted and never answered.
 */
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db/database';
import { eventually } from '../support/serverProcess';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';
import { TcpProxy } from '../support/tcpProxy';

jest.setTimeout(90_000);
const config = loadConfig();
const target = new URL((config.neo4j.uri as string).replace(/^bolt/, 'http'));

let proxy: TcpProxy;
let server: HttpTestServer;
beforeAll(async () => {
  proxy = new TcpProxy(await TcpProxy.freePort(), { host: target.hostname, port: Number(target.port) });
  await proxy.up();
  const db = Database.connect({
    ...config.neo4j,
    txTimeoutMs: 2_000,
    uri: `bolt://127.0.0.1:${proxy.port}`,
    password: config.neo4j.password ?? '',
  });
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
    return { status: response.status, answer: body.data?.entity?.name ?? body.errors?.[0]?.extensions?.code };
  });

describe('a Neo4j that goes silent', () => {
  it('answers while the connection carries data', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => japan()));
    expect(answers.map(({ value }) => value.answer)).toEqual(Array(4).fill('Japan'));
  });

  it('turns not ready and answers SERVICE_UNAVAILABLE in bounded time on connections that went silent', async () => {
    proxy.freeze();
    const probe = await ready();
    const queries = await Promise.all(Array.from({ length: 4 }, () => japan()));
    const slowest = Math.max(...queries.map(({ ms }) => ms));
    process.stderr.write(
      `silent Neo4j: ready ${probe.value} in ${probe.ms} ms; 4 queries ${JSON.stringify(queries.map(({ value }) => value))}, slowest ${slowest} ms\n`,
    );
    expect(probe.value).toBe(503);
    expect(queries.map(({ value }) => value.answer)).toEqual(Array(4).fill('SERVICE_UNAVAILABLE'));
    expect(slowest).toBeLessThan(20_000);
  });

  it('answers again once the silent connections are cut and Neo4j is reachable', async () => {
    await proxy.down();
    await proxy.up();
    const back = await timed(() => eventually(async () => (await ready()).value === 200, 20_000, 100));
    expect(back.value).toBe(true);
    const answers = await Promise.all(Array.from({ length: 4 }, () => japan()));
    process.stderr.write(
      `silent Neo4j back: ready again in ${back.ms} ms; slowest of 4 queries ${Math.max(...answers.map(({ ms }) => ms))} ms\n`,
    );
    expect(answers.map(({ value }) => value.answer)).toEqual(Array(4).fill('Japan'));
  });
});
