/**
 * `npm start`: the development launcher. Without NEO4J_URI it starts the repo's own Neo4j
 * (neo4j/, the dev instance), then runs the server (src/index.ts) as a child process against it,
 * and stops that Neo4j again on Ctrl-C if it started it. With NEO4J_URI it starts nothing and
 * just runs the server. The production image runs src/index.ts directly and holds none of this.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { boltUri, browserUrl, instanceFor, LocalNeo4jError, startLocalNeo4j, stopLocalNeo4j } from './localNeo4j';

const ROOT = path.join(__dirname, '..');

async function main(): Promise<void> {
  const env = { ...process.env };
  let stopNeo4j: (() => Promise<unknown>) | undefined;
  if (!env.NEO4J_URI) {
    const local = instanceFor('dev');
    const started = await startLocalNeo4j(local);
    if (started.startedNow) stopNeo4j = () => stopLocalNeo4j(local);
    Object.assign(env, { NEO4J_URI: boltUri(local), NEO4J_USER: local.user, NEO4J_PASSWORD: local.password });
    process.stdout.write(
      `Neo4j (dev) ${started.startedNow ? 'started' : 'already running'}: Browser ${browserUrl(local)}, ` +
        `Bolt ${boltUri(local)}, user ${local.user}, password ${local.password}` +
        `${stopNeo4j ? ' (Ctrl-C stops it too)' : ''}\n`,
    );
  }
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'index.ts')], { cwd: ROOT, env, stdio: 'inherit' });
  // Ctrl-C reaches the server too (same process group); SIGTERM is passed on. The launcher
  // waits for the server to close, then stops the Neo4j it started.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  const code = await new Promise<number>((resolve) => server.once('exit', (exitCode) => resolve(exitCode ?? 1)));
  if (stopNeo4j) await stopNeo4j().catch(() => undefined);
  process.exit(code);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `partnership-graph: ${error instanceof LocalNeo4jError || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
