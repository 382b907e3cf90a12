/** The three HTTP servers under test, each a child process on its own port. */
import { spawnSync } from 'node:child_process';
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

/** Where `compileTargets` writes the three servers' JavaScript (tsconfig.bench.json; git-ignored). */
export const COMPILED_DIR = path.join(PROJECT_ROOT, 'dist', 'bench');

/**
 * The three servers compiled to JavaScript, as ours is deployed (`node dist/src/index.js`, see the
 * Dockerfile): under tsx each process carries its compiler and source maps (~25 MB more RSS at
 * start), and every Error's stack, the driver's per-result one included, is mapped back through
 * them. All three run compiled, so none pays that and the comparison stays even.
 */
export function compileTargets(): void {
  const began = performance.now();
  const result = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(PROJECT_ROOT, 'tsconfig.bench.json')],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`compiling the bench servers failed:\n${result.stdout}${result.stderr}`);
  process.stderr.write(`compiled the three servers in ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
}

/**
 * `cpuProfile`: our server writes a V8 CPU profile into bench/results/ when it stops.
 * `compiled`: run the JavaScript compileTargets wrote rather than the TypeScript through tsx.
 */
export async function startTargets(neo4j: BenchNeo4j, options: { cpuProfile: boolean; compiled: boolean }): Promise<Targets> {
  const env = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
  const ports = benchPorts();
  const logFile = (name: string) => path.join(RESULTS_DIR, `${name}.log`);
  const script = (...parts: string[]) =>
    options.compiled ? path.join(COMPILED_DIR, ...parts).replace(/\.ts$/, '.js') : path.join(PROJECT_ROOT, ...parts);
  // Ours as deployed: production error masking, request log at info (to a file), no seeding.
  const [ours, floor, peer] = await Promise.all([
    startTarget({
      name: 'ours',
      script: script('src', 'index.ts'),
      port: ports.ours,
      path: '/graphql',
      env: { ...env, NODE_ENV: 'production', SEED_ON_EMPTY: 'false', LOG_LEVEL: 'info', HOST: '127.0.0.1' },
      logFile: logFile('ours'),
      // BENCH_OURS_NODE_ARGS: V8 flags to try on our server (e.g. "--optimize-for-size" or
      // "--max-old-space-size=1024", docs/benchmarks.md round five); deployed only if the Dockerfile gets them too.
      nodeArgs: [...oursNodeArgs(), ...(options.cpuProfile ? ['--cpu-prof', '--cpu-prof-dir', RESULTS_DIR] : [])],
    }),
    startTarget({
      name: 'floor',
      script: script('bench', 'floor', 'server.ts'),
      port: ports.floor,
      path: '/floor/',
      env,
      logFile: logFile('floor'),
    }),
    startTarget({
      name: 'peer',
      script: script('bench', 'peer', 'server.ts'),
      port: ports.peer,
      path: '/graphql',
      env,
      logFile: logFile('peer'),
    }),
  ]);
  return { ours, floor, peer };
}

/**
 * Resolves once our server's startup build of the name index is done, as its /health/ready says
 * (`nameIndex: 'built'`, startup/warmNameIndex.ts): until then entity(name:) and search wait for
 * that build, and the first cells would measure it. Returns how long it waited (ms). Throws when
 * the build failed, the server exited, or it takes longer than `timeoutMs`.
 */
export async function nameIndexBuilt(ours: Target, timeoutMs = 600_000): Promise<number> {
  const url = `${new URL(ours.url).origin}/health/ready`;
  const began = Date.now();
  for (;;) {
    if (ours.child.exitCode !== null) throw new Error(`our server exited (code ${ours.child.exitCode}); see ${RESULTS_DIR}/ours.log`);
    const state = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      .then(async (response) => ((await response.json()) as { nameIndex?: string }).nameIndex)
      .catch(() => undefined);
    if (state === 'built') return Date.now() - began;
    if (state === 'failed') throw new Error(`our server failed to build its name index at startup; see ${RESULTS_DIR}/ours.log`);
    if (Date.now() - began > timeoutMs)
      throw new Error(`our server's name index was not built within ${timeoutMs / 1000} s (${url}: ${state})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Extra node/V8 flags for our server only, from BENCH_OURS_NODE_ARGS (split on spaces). */
function oursNodeArgs(): string[] {
  const args = (process.env.BENCH_OURS_NODE_ARGS ?? '').split(/\s+/).filter((arg) => arg !== '');
  if (args.length > 0) console.log(`our server runs with node ${args.join(' ')} (BENCH_OURS_NODE_ARGS)`);
  return args;
}
