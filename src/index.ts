/**
 * The server's entry point, as production runs it: config -> driver -> HTTP -> graph prepared.
 * NEO4J_URI must name a running Neo4j; `npm start` runs neo4j/devServer.ts, which starts the
 * repo's own local Neo4j first and then this file. SIGTERM/SIGINT close HTTP, Apollo and the
 * driver in reverse order of opening.
 */
import { ConfigError, DEV_EDITOR, loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './startup/startServer';

/** Undone in reverse order on shutdown, and on a failed start. */
const cleanups: Array<() => Promise<unknown>> = [];

async function runCleanups(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const uri = config.neo4j.uri;
  if (uri === undefined) {
    throw new ConfigError('Invalid configuration: NEO4J_URI is not set (npm start runs a local Neo4j for development and sets it)');
  }
  const logger = createLogger(config.logLevel);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const began = Date.now();
    logger.info({ signal }, 'shutting down: draining HTTP, then Apollo, then the driver');
    await runCleanups();
    logger.info({ signal, ms: Date.now() - began }, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const port = await startServer({ config, uri, logger, cleanups, stopping: () => stopping });
  if (port === undefined) return;
  const lines = [
    `GraphQL:       http://localhost:${port}/graphql  (GraphiQL in a browser)`,
    `Explorer:      http://localhost:${port}/explore`,
    `Bolt:          ${uri}  (user ${config.neo4j.user}, database ${config.neo4j.database})`,
    ...(config.editors.some((editor) => editor.token === DEV_EDITOR.token)
      ? [`Editor token:  ${DEV_EDITOR.token}  (development default for mutations; set EDITOR_TOKENS to replace it)`]
      : []),
    'Ctrl-C stops the server.',
  ];
  process.stdout.write(`\npartnership-graph is ready\n${lines.map((line) => `  ${line}`).join('\n')}\n\n`);
}

main().catch(async (error: unknown) => {
  await runCleanups();
  const listenError = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (error instanceof ConfigError) {
    process.stderr.write(`partnership-graph: ${error.message}\n`);
  } else if (listenError?.syscall === 'listen') {
    // A taken or forbidden port is the operator's to fix: one line, not a stack.
    const where = `${listenError.address ?? 'HOST'}:${listenError.port ?? 'PORT'}`;
    process.stderr.write(`partnership-graph: cannot listen on ${where} (${listenError.code}): stop what holds it, or set PORT/HOST.\n`);
  } else {
    process.stderr.write(`partnership-graph failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
