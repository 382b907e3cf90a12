/**
 * The real HTTP server (every route, in production order) on a free port, against the test
 * Neo4j: for tests that speak HTTP, from fetch() or from a browser. `webDir` is where the
 * built pages are (dist/web, or a test's own folder); `production` switches the server's
 * production defaults (no introspection, no suggestions, no stack traces).
 */
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { WEB_DIST_DIR } from '../../src/paths';
import { createApolloServer } from '../../src/graphql/apollo';
import { createContextFactory } from '../../src/graphql/context';
import { healthRoutes } from '../../src/http/routes/health';
import { appRoutes } from '../../src/http/appRoutes';
import { createHttpServer } from '../../src/http/server';
import { connectTestDatabase, TEST_EDITORS, TEST_READERS } from './testServer';

export interface HttpTestServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

export async function startHttpTestServer({
  webDir = WEB_DIST_DIR,
  production = false,
  readsRequireToken = false,
}: { webDir?: string; production?: boolean; readsRequireToken?: boolean } = {}): Promise<HttpTestServer> {
  const db = connectTestDatabase();
  // Development by default, as `npm start` runs it: GraphiQL needs introspection for its docs and hints.
  const apollo = createApolloServer({ logger: createLogger('silent'), production });
  await apollo.start();
  const routes = [
    ...healthRoutes(db, { graphPrepared: true }),
    ...appRoutes({
      graphql: { apollo, createContext: createContextFactory({ db, editors: TEST_EDITORS, readers: TEST_READERS, readsRequireToken }) },
      webDir,
    }),
  ];
  const server: http.Server = createHttpServer({ routes, logger: createLogger('silent') });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    db,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await db.close();
    },
  };
}
