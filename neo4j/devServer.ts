/**
 * `npm start`: the development launcher. Without NEO4J_URI it starts the repo's own Neo4j
 * (neo4j/, the dev instance), then runs the server (src/index.ts) as a child process against it,
 * and stops that Neo4j again when the server exits (Ctrl-C, a crash, a port taken after all) if
 * it started it; Ctrl-C while Neo4j is still starting stops it too. With NEO4J_URI it starts
 * nothing and just runs the server. Before starting anything it reads the configuration as the
 * server will and checks that PORT is free, so a bad setting or a taken port is one line and
 * exit 1, not a Neo4j started for nothing.
 * The production image runs src/index.ts directly and holds none of this.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { loadConfig } from '../src/config';
import { boltUri, browserUrl, instanceFor, portIsFree, portOwner, startLocalNeo4j, stopLocalNeo4j } from './localNeo4j';

const ROOT = path.join(__dirname, '..');
/** The exit code of a process ended by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

class LaunchError extends Error {
  override name = 'LaunchError';
}

/** PORT=0 asks for any free port, so there is nothing to check. */
async function refuseTakenPort(host: string, port: number): Promise<void> {
  if (port === 0 || (await portIsFree(port, host))) return;
  throw new LaunchError(`port ${port} on ${host} is already taken by ${portOwner(port)}: stop it, or set PORT to a free port.`);
}

/** Set once a signal came before the server ran: the launcher then starts nothing more. */
const interrupt = new AbortController();
let server: ChildProcess | undefined;
// Ctrl-C reaches the server too (same process group); SIGTERM is passed on. The detached Neo4j
// gets neither: before the server runs, a signal aborts its start (startLocalNeo4j stops it).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => (server ? server.kill(signal) : interrupt.abort()));
}

/** Runs the server until it exits (unless a signal already came); resolves with its exit code. */
function runServer(env: NodeJS.ProcessEnv): Promise<number> {
  if (interrupt.signal.aborted) return Promise.resolve(INTERRUPTED);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'index.ts')], { cwd: ROOT, env, stdio: 'inherit' });
  server = child;
  return new Promise<number>((resolve) => {
    child.once('error', (error) => {
      process.stderr.write(`partnership-graph: could not run the server: ${error.message}\n`);
      resolve(1);
    });
    child.once('exit', (exitCode) => resolve(exitCode ?? 1));
  });
}

async function main(): Promise<number> {
  const env = { ...process.env };
  const local = env.NEO4J_URI ? undefined : instanceFor('dev');
  if (local) Object.assign(env, { NEO4J_URI: boltUri(local), NEO4J_USER: local.user, NEO4J_PASSWORD: local.password });
  const config = loadConfig(env);
  await refuseTakenPort(config.host, config.port);
  if (!local) return runServer(env);

  const started = await startLocalNeo4j(local, undefined, interrupt.signal);
  process.stdout.write(
    `Neo4j (dev) ${started.startedNow ? 'started' : 'already running'}: Browser ${browserUrl(local)}, ` +
      `Bolt ${boltUri(local)}, user ${local.user}, password ${local.password}` +
      `${started.startedNow ? ' (Ctrl-C stops it too)' : ''}\n`,
  );
  try {
    // Waits for the server to close, however it ends, then stops the Neo4j it started.
    return await runServer(env);
  } finally {
    if (started.startedNow) await stopLocalNeo4j(local).catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // LaunchError, ConfigError and LocalNeo4jError messages are one actionable line each.
    process.stderr.write(`partnership-graph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(interrupt.signal.aborted ? INTERRUPTED : 1);
  },
);
