/**
 * The real server as a child process (src/index.ts), for tests of startup, faults and shutdown.
 * Run as `node --import tsx`, as the launcher (neo4j/devServer.ts) runs it and as production
 * runs the built file: one process that receives the signal itself. The tsx CLI would put a
 * parent in between that relays SIGTERM and SIGKILLs the server when it has not acknowledged
 * within 30 ms, which a server busy with requests often has not: a drain test then sees resets.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { loadConfig } from '../../src/config';
import { TcpProxy } from './tcpProxy';

const ROOT = path.join(__dirname, '..', '..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function startServerProcess(port: number, env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    // Unlimited like every test server (the fault test writes hundreds of times a minute); a test may set limits in `env`.
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_FAILED_AUTH: '0',
      RATE_LIMIT_MUTATIONS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      });
    },
  };
}

/** Polls until `check` is true or the time is up; returns whether it became true. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

/**
 * `count` server processes over the test Neo4j (no seeding: globalSetup did that), each on a free
 * port, once all are ready; a replica that did not get ready fails the test with its output.
 */
export async function startReplicas(count: number, env: Record<string, string>): Promise<ServerProcess[]> {
  const config = loadConfig();
  const shared = {
    NEO4J_URI: config.neo4j.uri as string,
    NEO4J_USER: config.neo4j.user,
    NEO4J_PASSWORD: config.neo4j.password ?? '',
    SEED_ON_EMPTY: 'false',
    ...env,
  };
  const replicas: ServerProcess[] = [];
  for (let i = 0; i < count; i += 1) replicas.push(startServerProcess(await TcpProxy.freePort(), shared));
  for (const replica of replicas) {
    const ready = await eventually(async () => (await fetch(`${replica.url}/health/ready`)).status === 200, 120_000);
    if (!ready) throw new Error(`a replica did not get ready:\n${replica.output()}`);
  }
  return replicas;
}
