/**
 * The HTTP server on a graph reached through a TcpProxy, for tests of a Neo4j that goes away,
 * comes back or goes silent; with the probes those tests time: readiness, and a one-entity
 * query answered with its name or its error code.
 */
import { loadConfig } from '../../src/config';
import { Database, type DatabaseOptions } from '../../src/db/database';
import { startHttpTestServer, type HttpTestServer } from './httpTestServer';
import { TcpProxy } from './tcpProxy';

export interface Timed<T> {
  value: T;
  ms: number;
}

export async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const began = Date.now();
  const value = await work();
  return { value, ms: Date.now() - began };
}

export interface ServerBehindProxy {
  proxy: TcpProxy;
  server: HttpTestServer;
  /** GET /health/ready: its status and how long it took. */
  ready(): Promise<Timed<number>>;
  /** `entity(id: "japan") { name }`: the name, or the first error's code, and how long it took. */
  japan(): Promise<Timed<string | undefined>>;
  close(): Promise<void>;
}

/** `database` overrides the test configuration's driver options (shorter timeouts). */
export async function startServerBehindProxy(database: Partial<DatabaseOptions> = {}): Promise<ServerBehindProxy> {
  const config = loadConfig();
  const target = new URL((config.neo4j.uri as string).replace(/^bolt/, 'http'));
  const proxy = new TcpProxy(await TcpProxy.freePort(), { host: target.hostname, port: Number(target.port) });
  await proxy.up();
  const db = Database.connect({
    ...config.neo4j,
    password: config.neo4j.password ?? '',
    ...database,
    uri: `bolt://127.0.0.1:${proxy.port}`,
  });
  const server = await startHttpTestServer({ db, production: true });
  return {
    proxy,
    server,
    ready: () => timed(async () => (await fetch(`${server.url}/health/ready`)).status),
    japan: () =>
      timed(async () => {
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ entity(id: "japan") { name } }' }),
        });
        const body = (await response.json()) as {
          data?: { entity?: { name: string } };
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        return body.data?.entity?.name ?? body.errors?.[0]?.extensions?.code;
      }),
    async close() {
      await server.close();
      await proxy.down();
    },
  };
}
