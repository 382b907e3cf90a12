/**
 * The server under soak, as a child process: `node --import tsx src/index.ts` (so the child's pid
 * is the server's own, whose RSS we sample), with the soak Neo4j's address and the soak editor
 * token. Ready means GET /health/ready answers 200 (migrated, Neo4j reachable).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SoakNeo4j } from './soakNeo4j';

const ROOT = path.join(__dirname, '..', '..');
const READY_TIMEOUT_MS = 120_000;

export const SOAK_EDITOR_TOKEN = 'soak-editor-token-0123456789';

export interface SoakServer {
  url: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

export async function startSoakServer(neo4j: SoakNeo4j, port: number, onSpawned: (stop: () => Promise<void>) => void): Promise<SoakServer> {
  const logFile = path.join(os.tmpdir(), `partnership-graph-soak-server-${port}.log`);
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      EDITOR_TOKENS: `soak:${SOAK_EDITOR_TOKEN}`,
      // One editor writing from 16 clients is far past the production mutation limit on purpose.
      RATE_LIMIT_MUTATIONS: '0',
    },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  if (child.pid === undefined) throw new Error('could not start the server');
  const stop = () => stopChild(child);
  onSpawned(stop);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}); see ${logFile}`);
    if (await isReady(base)) return { url: `${base}/graphql`, pid: child.pid, logFile, stop };
    if (Date.now() > deadline)
      throw new Error(`the server was not ready at ${base}/health/ready within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function isReady(base: string): Promise<boolean> {
  try {
    const response = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(3_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** SIGTERM lets the server drain (its grace is 10 s); SIGKILL after 15 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Resident set size in MB from /proc (Linux); undefined when the process is gone or not visible. */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
