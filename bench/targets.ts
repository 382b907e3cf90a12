/** The three HTTP servers under test, each a child process on its own port. */
import * as path from 'node:path';
import { PROJECT_ROOT } from '../src/paths';
import type { BenchNeo4j } from './neo4j';
import { startTarget, type Target } from './processes';

export const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');

/** The three servers' ports: BENCH_OURS_PORT, BENCH_FLOOR_PORT, BENCH_PEER_PORT (4100, 4101, 4102). */
export function benchPorts(env: NodeJS.ProcessEnv = process.env): { ours: number; floor: number; peer: number } {
  const pick = (key: string, fallback: number): number => {
    const raw = env[key]?.trim();
    if (!raw) return fallback;
    const port = Number(raw);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`${key} must be a port number (1-65535), not "${raw}".`);
    return port;
  };
  return { ours: pick('BENCH_OURS_PORT', 4100), floor: pick('BENCH_FLOOR_PORT', 4101), peer: pick('BENCH_PEER_PORT', 4102) };
}

export interface Targets {
  ours: Target;
  floor: Target;
  peer: Target;
}

/** `cpuProfile`: our server writes a V8 CPU profile into bench/results/ when it stops. */
export async function startTargets(neo4j: BenchNeo4j, options: { cpuProfile: boolean }): Promise<Targets> {
  const env = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
  const ports = benchPorts();
  const logFile = (name: string) => path.join(RESULTS_DIR, `${name}.log`);
  // Ours as deployed: production error masking, request log at info (to a file), no seeding.
  const [ours, floor, peer] = await Promise.all([
    startTarget({
      name: 'ours',
      script: path.join(PROJECT_ROOT, 'src', 'index.ts'),
      port: ports.ours,
      path: '/graphql',
      env: { ...env, NODE_ENV: 'production', SEED_ON_EMPTY: 'false', LOG_LEVEL: 'info', HOST: '127.0.0.1' },
      logFile: logFile('ours'),
      nodeArgs: options.cpuProfile ? ['--cpu-prof', '--cpu-prof-dir', RESULTS_DIR] : [],
    }),
    startTarget({
      name: 'floor',
      script: path.join(__dirname, 'floor', 'server.ts'),
      port: ports.floor,
      path: '/floor/',
      env,
      logFile: logFile('floor'),
    }),
    startTarget({
      name: 'peer',
      script: path.join(__dirname, 'peer', 'server.ts'),
      port: ports.peer,
      path: '/graphql',
      env,
      logFile: logFile('peer'),
    }),
  ]);
  return { ours, floor, peer };
}
