/**
 * Faults, each really caused: Neo4j unreachable at startup and during load (a TCP proxy in
 * front of the test Neo4j is switched off), a connection pool exhausted, a query that runs past
 * the transaction timeout.
 */
import { Database } from '../../src/db/database';
import { loadConfig } from '../../src/config';
import { AppError } from '../../src/errors';
import { TcpProxy } from '../support/tcpProxy';
import { eventually, startServerProcess, type ServerProcess } from '../support/serverProcess';

jest.setTimeout(90_000);
const config = loadConfig();
const target = new URL((config.neo4j.uri as string).replace(/^bolt/, 'http'));
const QUERY = JSON.stringify({ query: '{ entity(id: "japan") { name } }' });

async function ask(server: ServerProcess): Promise<{ status: number; code?: string; name?: string; ms: number }> {
  const began = Date.now();
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  const body = (await response.json()) as { data?: { entity?: { name: string } }; errors?: Array<{ extensions?: { code?: string } }> };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, name: body.data?.entity?.name, ms: Date.now() - began };
}

const status = async (url: string) => (await fetch(url)).status;

describe('when Neo4j is unreachable', () => {
  let proxy: TcpProxy;
  let server: ServerProcess;

  beforeAll(async () => {
    proxy = new TcpProxy(await TcpProxy.freePort(), { host: target.hostname, port: Number(target.port) });
    server = startServerProcess(await TcpProxy.freePort(), {
      NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
      NEO4J_USER: config.neo4j.user,
      NEO4J_PASSWORD: config.neo4j.password ?? '',
      NEO4J_ACQUIRE_TIMEOUT_MS: '3000',
    });
  });
  afterAll(async () => {
    await server.stop();
    await proxy.down();
  });

  it('at startup, the server still comes up: live, not ready, and queries fail fast with SERVICE_UNAVAILABLE', async () => {
    const live = await eventually(async () => (await status(`${server.url}/health/live`)) === 200, 60_000);
    expect({ live, output: live ? '' : server.output() }).toEqual({ live: true, output: '' });
    expect(await status(`${server.url}/health/ready`)).toBe(503);
    const answer = await ask(server);
    expect(answer.code).toBe('SERVICE_UNAVAILABLE');
    // Bounded by the acquisition timeout plus the driver's retry time (3 s + 3 s), not 30 s or forever.
    expect(answer.ms).toBeLessThan(20_000);
  });

  it('serves as soon as Neo4j is up, without a restart', async () => {
    await proxy.up();
    expect(await eventually(async () => (await status(`${server.url}/health/ready`)) === 200, 45_000)).toBe(true);
    expect((await ask(server)).name).toBe('Japan');
  });

  it('survives an outage under load: fails fast during it, recovers after it, the process stays up', async () => {
    const during: Array<Awaited<ReturnType<typeof ask>>> = [];
    const load = (async () => {
      for (let i = 0; i < 40; i += 1) {
        const answers = await Promise.all(Array.from({ length: 4 }, () => ask(server)));
        during.push(...answers);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await proxy.down();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await proxy.up();
    await load;
    expect(server.child.exitCode).toBeNull();
    const failures = during.filter((answer) => answer.name !== 'Japan');
    expect(failures.every((answer) => answer.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(Math.max(...during.map((answer) => answer.ms))).toBeLessThan(20_000);
    expect(await eventually(async () => (await ask(server)).name === 'Japan', 30_000)).toBe(true);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
  });
});

describe('limits inside Neo4j', () => {
  const connect = (overrides: Partial<Parameters<typeof Database.connect>[0]>) =>
    Database.connect({ ...config.neo4j, uri: config.neo4j.uri as string, password: config.neo4j.password ?? '', ...overrides });
  const SLOW = { name: 'test:slow', cypher: 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n' };

  it('stops a query that runs past the transaction timeout with TIMEOUT', async () => {
    const db = connect({ txTimeoutMs: 300 });
    try {
      const began = Date.now();
      const error = await db.read(SLOW).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions.code).toBe('TIMEOUT');
      expect(Date.now() - began).toBeLessThan(15_000);
    } finally {
      await db.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE after a bounded wait when every pooled connection is busy', async () => {
    const db = connect({ maxPoolSize: 1, acquireTimeoutMs: 500, maxRetryMs: 500, txTimeoutMs: 8_000 });
    try {
      const busy = db.read(SLOW).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const began = Date.now();
      const error = await db.read({ name: 'test:quick', cypher: 'RETURN 1 AS one' }).catch((caught: unknown) => caught);
      expect((error as AppError).extensions?.code).toBe('SERVICE_UNAVAILABLE');
      // 0.5 s acquisition + 0.5 s retry: well under the slow query's 8 s, so it did not wait for it.
      expect(Date.now() - began).toBeLessThan(6_000);
      await busy;
    } finally {
      await db.close();
    }
  });
});
