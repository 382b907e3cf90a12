/**
 * The server's entry point: config -> (local Neo4j) -> driver -> migrations -> seed -> HTTP.
 * Without NEO4J_URI it starts the repo's own Neo4j (neo4j/) and stops it again on Ctrl-C if it
 * started it; with NEO4J_URI it uses that server and starts nothing.
 */
import type { AddressInfo } from 'node:net';
import { boltUri, browserUrl, instanceFor, LocalNeo4jError, startLocalNeo4j, stopLocalNeo4j } from '../neo4j/localNeo4j';
import { ConfigError, DEV_EDITOR, loadConfig } from './config';
import { Database } from './db/database';
import { createLogger } from './logger';
import { WEB_DIST_DIR } from './paths';
import { prepareGraph } from './prepareGraph';
import { healthRoutes, type Readiness } from './server/health';
import { closeGracefully } from './server/http/closeGracefully';
import { createApolloServer } from './server/apollo';
import { createContextFactory } from './server/context';
import { appRoutes } from './server/http/routes';
import { createHttpServer } from './server/http/router';

/** In-flight requests get this long to finish on SIGTERM/SIGINT before connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Undone in reverse order on shutdown, and on a failed start (so a local Neo4j never lingers). */
const cleanups: Array<() => Promise<unknown>> = [];

async function runCleanups(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await runCleanups();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let { uri, password } = config.neo4j;
  let user = config.neo4j.user;
  let browser: string | undefined;
  let stopsNeo4j = false;
  if (uri === undefined) {
    const local = instanceFor('dev');
    const started = await startLocalNeo4j(local);
    stopsNeo4j = started.startedNow;
    if (started.startedNow) cleanups.push(() => stopLocalNeo4j(local));
    ({ user, password } = local);
    uri = boltUri(local);
    browser = browserUrl(local);
  }

  const db = Database.connect({ ...config.neo4j, uri, user, password: password ?? '' });
  cleanups.push(() => db.close());

  const apollo = createApolloServer({
    logger,
    production: config.env === 'production',
    introspection: config.introspection,
    fieldSuggestions: config.fieldSuggestions,
  });
  await apollo.start();
  cleanups.push(() => apollo.stop());
  // Serve first (liveness answers, readiness says no), then prepare the graph, retrying while
  // Neo4j is down: a server started before its database still comes up without a restart.
  const readiness: Readiness = { graphPrepared: false };
  const routes = [
    ...healthRoutes(db, readiness),
    ...appRoutes({
      graphql: { apollo, createContext: createContextFactory({ db, editors: config.editors, readsRequireToken: config.readsRequireToken }) },
      webDir: WEB_DIST_DIR,
    }),
  ];
  const server = createHttpServer({ routes, logger });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  cleanups.push(() => closeGracefully(server, SHUTDOWN_GRACE_MS));
  if (!(await prepareGraph(db, readiness, logger, { seedOnEmpty: config.seedOnEmpty, stopping: () => stopping }))) return;

  const { port } = server.address() as AddressInfo;
  const lines = [
    `GraphQL:       http://localhost:${port}/graphql  (GraphiQL in a browser)`,
    `Explorer:      http://localhost:${port}/explore`,
    ...(browser ? [`Neo4j Browser: ${browser}`] : []),
    `Bolt:          ${uri}  (user ${user}${browser ? `, password ${password}` : ''}, database ${config.neo4j.database})`,
    ...(config.editors.some((editor) => editor.token === DEV_EDITOR.token)
      ? [`Editor token:  ${DEV_EDITOR.token}  (development default for mutations; set EDITOR_TOKENS to replace it)`]
      : []),
    stopsNeo4j ? 'Ctrl-C stops the server and the Neo4j it started.' : 'Ctrl-C stops the server.',
  ];
  process.stdout.write(`\npartnership-graph is ready\n${lines.map((line) => `  ${line}`).join('\n')}\n\n`);
}

main().catch(async (error: unknown) => {
  await runCleanups();
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    process.stderr.write(`partnership-graph: ${error.message}\n`);
  } else {
    process.stderr.write(`partnership-graph failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
