/**
 * The real HTTP server (every route, in production order) on a free port, against the test
 * Neo4j: for tests that speak HTTP, from fetch() or from a browser. `webDir` is where the
 * built pages are (dist/web, or a test's own folder).
 */
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/logger';
import { createApolloServer } from '../../src/server/apollo';
import { createRequestContext } from '../../src/server/context';
import { appRoutes } from '../../src/server/http/routes';
import { createHttpServer } from '../../src/server/http/router';
import { connectTestDatabase } from './testServer';

export interface HttpTestServer {
  url: string;
  close(): Promise<void>;
}

export async function startHttpTestServer({ webDir }: { webDir: string }): Promise<HttpTestServer> {
  const db = connectTestDatabase();
  // As `npm start` runs it (development): GraphiQL needs introspection for its docs and hints.
  const apollo = createApolloServer({ logger: createLogger('silent'), production: false });
  await apollo.start();
  const routes = appRoutes({ graphql: { apollo, createContext: async ({ requestId }) => createRequestContext(db, requestId) }, webDir });
  const server: http.Server = createHttpServer({ routes, logger: createLogger('silent') });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await db.close();
    },
  };
}
