/**
 * The real HTTP server (src/http/server.ts, every route) on a free port, against the test
 * Neo4j: for tests that speak HTTP, from fetch() or from a browser. `webDir` is where the
 * built pages are (dist/web, or a test's own folder); `production` switches the server's
 * production defaults (no introspection, no suggestions, no stack traces); `limits` and
 * `corsOrigins` are the server's own options (tests shorten the timeouts).
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { RateLimits } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { createMetricsRegistry } from '../../src/metrics';
import { WEB_DIST_DIR } from '../../src/paths';
import { createApolloServer } from '../../src/graphql/apollo';
import { createContextFactory } from '../../src/graphql/context';
import { createHttpServer, type HttpLimits } from '../../src/http/server';
import { connectTestDatabase, TEST_EDITORS, TEST_READERS } from './testServer';

export interface HttpTestServer {
  url: string;
  db: Database;
  app: FastifyInstance;
  close(): Promise<void>;
}

export interface HttpTestServerOptions {
  webDir?: string;
  production?: boolean;
  limits?: Partial<HttpLimits>;
  corsOrigins?: string[];
  trustProxy?: string[];
  readsRequireToken?: boolean;
  /** Unlimited unless a test sets limits (RATE_LIMIT_DEFAULTS are what production gets). */
  rateLimits?: RateLimits;
  metricsToken?: string;
  /** The graph to serve (a test's own connection, e.g. through a TcpProxy); closed with the server. */
  db?: Database;
}

export async function startHttpTestServer({
  webDir = WEB_DIST_DIR,
  production = false,
  limits,
  corsOrigins,
  trustProxy,
  readsRequireToken = false,
  rateLimits,
  metricsToken,
  db = connectTestDatabase(),
}: HttpTestServerOptions = {}): Promise<HttpTestServer> {
  const logger = createLogger('silent');
  // Development by default, as `npm start` runs it: GraphiQL needs introspection for its docs and hints.
  const metrics = createMetricsRegistry();
  const apollo = createApolloServer({ logger, production, metrics });
  await apollo.start();
  const app = await createHttpServer({
    apollo,
    createContext: createContextFactory({ db, editors: TEST_EDITORS, readers: TEST_READERS, readsRequireToken }),
    db,
    readiness: { graphPrepared: true },
    webDir,
    logger,
    limits,
    corsOrigins,
    trustProxy,
    metrics,
    metricsToken,
    rateLimits,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    db,
    app,
    async close() {
      app.server.closeAllConnections();
      await app.close();
      await apollo.stop();
      await db.close();
    },
  };
}
