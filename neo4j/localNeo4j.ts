/**
 * A real Neo4j Community server for development and tests, without Docker: the jars come from
 * Maven Central (neo4j/pom.xml, fetched with the machine's `mvn`), the server runs under `java`.
 *
 * Contract: every failure is a LocalNeo4jError whose message is one line a person can act on
 * (Java missing or too old, Maven missing, port taken and by what, download failed, Neo4j exited
 * with the tail of its log). Nothing here is used when NEO4J_URI points at another server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** dev: `npm start`; test: `npm test` (throwaway); bench: `npm run bench` and the synthetic graph. */
export type InstanceName = 'dev' | 'test' | 'bench';

export interface LocalInstance {
  name: InstanceName;
  boltPort: number;
  httpPort: number;
  /** Neo4j home: data, logs, run (pid file). Git-ignored. */
  home: string;
  user: string;
  password: string;
  heap: string;
  pageCache: string;
  /** Wipe the data before each start (the throwaway test instance). */
  throwaway: boolean;
}

const NEO4J_DIR = __dirname;
const DIST_DIR = path.join(NEO4J_DIR, '.dist');
/** Where each instance's home lives (git-ignored). */
export const INSTANCES_DIR = path.join(NEO4J_DIR, '.instances');
const LIB_DIR = path.join(DIST_DIR, 'lib');
const FETCH_STAMP = path.join(DIST_DIR, 'fetched.sha256');
const POM = path.join(NEO4J_DIR, 'pom.xml');
const MIN_JAVA = 17;

/** The documented dev default; override with NEO4J_PASSWORD. Neo4j requires 8+ characters. */
export const DEV_PASSWORD = 'partnership-graph';

const PORT_VARIABLES: Record<InstanceName, [string, string]> = {
  dev: ['NEO4J_LOCAL_BOLT_PORT', 'NEO4J_LOCAL_HTTP_PORT'],
  test: ['NEO4J_TEST_BOLT_PORT', 'NEO4J_TEST_HTTP_PORT'],
  bench: ['NEO4J_BENCH_BOLT_PORT', 'NEO4J_BENCH_HTTP_PORT'],
};

const DEFAULT_PORTS: Record<InstanceName, [string, string]> = {
  dev: ['7687', '7474'],
  test: ['7688', '7475'],
  bench: ['7689', '7476'],
};

export function instanceFor(name: InstanceName, env: NodeJS.ProcessEnv = process.env): LocalInstance {
  const pick = (key: string, fallback: string) => env[key]?.trim() || fallback;
  const [boltVariable, httpVariable] = PORT_VARIABLES[name];
  const [boltDefault, httpDefault] = DEFAULT_PORTS[name];
  // The bench instance holds the 100k-entity synthetic graph: it gets more memory and keeps its data.
  // NEO4J_BENCH_HOME (a folder under neo4j/.instances, or an absolute path) keeps several graphs
  // (10k, 100k) loaded side by side, each with its own ports, so comparing them needs no reload.
  const bench = name === 'bench';
  return {
    name,
    boltPort: Number(pick(boltVariable, boltDefault)),
    httpPort: Number(pick(httpVariable, httpDefault)),
    home: bench && env.NEO4J_BENCH_HOME?.trim() ? path.resolve(INSTANCES_DIR, env.NEO4J_BENCH_HOME.trim()) : path.join(INSTANCES_DIR, name),
    user: 'neo4j',
    // The test and bench instances never take the user's password.
    password: name === 'dev' ? pick('NEO4J_PASSWORD', DEV_PASSWORD) : `partnership-graph-${name}`,
    heap: bench ? pick('NEO4J_BENCH_HEAP', '2g') : pick('NEO4J_LOCAL_HEAP', '512m'),
    pageCache: bench ? pick('NEO4J_BENCH_PAGECACHE', '2g') : pick('NEO4J_LOCAL_PAGECACHE', '256m'),
    throwaway: name === 'test',
  };
}

export function boltUri(instance: LocalInstance): string {
  return `bolt://127.0.0.1:${instance.boltPort}`;
}

export function browserUrl(instance: LocalInstance): string {
  return `http://localhost:${instance.httpPort}/browser/`;
}

const log = (message: string) => process.stderr.write(`[neo4j] ${message}\n`);

// ---------------------------------------------------------------------------------- java, maven

function javaBinary(): string {
  const home = process.env.JAVA_HOME?.trim();
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392", "25"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function checkJava(): { java: string; major: number } {
  const java = javaBinary();
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LocalNeo4jError(
      `Java not found (${java}): install Java ${MIN_JAVA} or newer (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME.`,
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA) {
    throw new LocalNeo4jError(`Java ${major ?? '?'} at ${java} is too old: Neo4j 5.26 needs Java ${MIN_JAVA} or 21; set JAVA_HOME to one.`);
  }
  return { java, major };
}

function pomDigest(): string {
  return createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
}

export function jarsAreFetched(): boolean {
  return fs.existsSync(FETCH_STAMP) && fs.readFileSync(FETCH_STAMP, 'utf8').trim() === pomDigest();
}

/** Fetches the server's jars with Maven once; later calls return at once (stamp = pom digest). */
export function ensureJars(): string {
  if (jarsAreFetched()) return LIB_DIR;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) {
    throw new LocalNeo4jError('Maven not found: install it (apt-get install maven) to fetch the Neo4j jars once.');
  }
  log('fetching Neo4j Community jars from Maven Central (first run only; ~140 MB, cached in ~/.m2)...');
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  const result = spawnSync('mvn', ['-B', '-q', '-f', POM, 'package'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const tail = lastLines(`${result.stdout}\n${result.stderr}`, 3).replace(/\s+/g, ' ');
    throw new LocalNeo4jError(`Download of the Neo4j jars failed (mvn exit ${result.status}): ${tail}`);
  }
  fs.writeFileSync(FETCH_STAMP, `${pomDigest()}\n`);
  return LIB_DIR;
}

// --------------------------------------------------------------------------------- processes

function pidFile(instance: LocalInstance): string {
  return path.join(instance.home, 'run', 'neo4j.pid');
}

function consoleLog(instance: LocalInstance): string {
  return path.join(instance.home, 'logs', 'console.log');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether pid is this instance's server (its command line names our --home-dir); where /proc is missing, assumed. */
export function isOurServer(instance: LocalInstance, pid: number): boolean {
  if (!fs.existsSync('/proc')) return true;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(`--home-dir=${instance.home}`);
  } catch {
    return false;
  }
}

/** The pid of this instance's running server, if its pid file names a live process. */
export function runningPid(instance: LocalInstance): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile(instance), 'utf8').trim());
    return pid > 0 && isAlive(pid) && isOurServer(instance, pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join('\n');
}

/** Whether a server could listen on host:port now (a taken port, or one we may not bind, is not free). */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Best effort "by what": `ss` names the listening process when we may see it. */
export function portOwner(port: number): string {
  const result = spawnSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
  const match = /users:\(\("([^"]+)",pid=(\d+)/.exec(result.stdout ?? '');
  return match ? `${match[1]} (pid ${match[2]})` : 'another process';
}

async function boltAnswers(instance: LocalInstance): Promise<'ready' | 'unauthorized' | 'down'> {
  const driver = neo4j.driver(boltUri(instance), neo4j.auth.basic(instance.user, instance.password), {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.verifyConnectivity();
    return 'ready';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return code.includes('Unauthorized') || code.includes('AuthenticationRateLimit') ? 'unauthorized' : 'down';
  } finally {
    await driver.close();
  }
}

function setInitialPassword(java: string, instance: LocalInstance): void {
  if (fs.existsSync(path.join(instance.home, 'data', 'dbms', 'auth.ini'))) return;
  const result = spawnSync(
    java,
    ['-cp', `${LIB_DIR}/*`, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', instance.password],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: instance.home } },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(`Could not set the initial Neo4j password: ${lastLines(result.stderr || result.stdout, 2)}`);
  }
}

function serverArgs(instance: LocalInstance): string[] {
  return [
    `-Xms${instance.heap}`,
    `-Xmx${instance.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-Dio.netty.tryReflectionSetAccessible=true',
    // Without these Neo4j dies at startup with a LinkageError about DirectByteBuffer.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    `${LIB_DIR}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${instance.home}`,
    '--console-mode',
    ...[
      `server.bolt.listen_address=127.0.0.1:${instance.boltPort}`,
      // The discovery document and neo4j:// routing hand out this address: keep it on our port.
      `server.bolt.advertised_address=localhost:${instance.boltPort}`,
      `server.http.listen_address=127.0.0.1:${instance.httpPort}`,
      `server.http.advertised_address=localhost:${instance.httpPort}`,
      'server.https.enabled=false',
      `server.memory.pagecache.size=${instance.pageCache}`,
      'dbms.usage_report.enabled=false',
      // Neo4j Browser (docs/neo4j-browser.md): `:play`/`:style` may fetch from our server on this
      // machine and nowhere else (the default adds guides.neo4j.com); no crash reports or usage
      // statistics. 5.26's names: `..._allowlist` and browser.allow_outgoing_connections are
      // refused at startup (unknown settings in Community).
      'browser.remote_content_hostname_whitelist=localhost,127.0.0.1',
      'client.allow_telemetry=false',
      'db.logs.query.enabled=OFF',
    ].flatMap((setting) => ['-c', setting]),
  ];
}

export interface StartResult {
  pid: number;
  /** False when a server of this instance was already running (then callers must not stop it). */
  startedNow: boolean;
  millis: number;
}

/**
 * A server of this instance whose pid file went missing (another run in the same checkout wiped
 * it): found by its command line, so it is adopted instead of reported as a stranger on the port.
 */
function orphanPid(instance: LocalInstance): number | undefined {
  if (!fs.existsSync('/proc')) return undefined;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes('org.neo4j.server.CommunityEntryPoint') && args.includes(`--home-dir=${instance.home}`)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

/**
 * Starts this instance's server, or adopts the one already running, and waits until Bolt answers.
 * `abort` (Ctrl-C in a launcher) stops the wait; a server this call launched is then stopped
 * again, as it is when it rejects our password: neither is left running behind a failed start.
 */
export async function startLocalNeo4j(instance: LocalInstance, timeoutMs = 180_000, abort?: AbortSignal): Promise<StartResult> {
  const began = Date.now();
  const orphan = runningPid(instance) === undefined ? orphanPid(instance) : undefined;
  if (orphan !== undefined) {
    fs.mkdirSync(path.dirname(pidFile(instance)), { recursive: true });
    fs.writeFileSync(pidFile(instance), `${orphan}\n`);
  }
  const existing = runningPid(instance);
  if (existing !== undefined) {
    const state = await waitForBolt(instance, existing, timeoutMs, abort);
    if (state === 'unauthorized') throw passwordMismatch(instance);
    return { pid: existing, startedNow: false, millis: Date.now() - began };
  }
  if (abort?.aborted) throw interrupted(instance, false);
  const { java } = checkJava();
  ensureJars();
  for (const port of [instance.boltPort, instance.httpPort]) {
    if (!(await portIsFree(port))) {
      throw new LocalNeo4jError(
        `Port ${port} (${instance.name} Neo4j) is already taken by ${portOwner(port)}: stop it, or set ` +
          `${PORT_VARIABLES[instance.name].join('/')}, or point NEO4J_URI at that server.`,
      );
    }
  }
  if (instance.throwaway) fs.rmSync(instance.home, { recursive: true, force: true });
  for (const dir of ['run', 'logs', 'data']) fs.mkdirSync(path.join(instance.home, dir), { recursive: true });
  setInitialPassword(java, instance);

  if (abort?.aborted) throw interrupted(instance, false);
  const out = fs.openSync(consoleLog(instance), 'a');
  // Detached: Ctrl-C in a terminal must reach our handler first, which then stops Neo4j cleanly.
  const child = spawn(java, serverArgs(instance), { detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (child.pid === undefined) throw new LocalNeo4jError(`Could not launch ${java}.`);
  child.unref();
  fs.writeFileSync(pidFile(instance), `${child.pid}\n`);
  log(`starting ${instance.name} instance (pid ${child.pid}, bolt ${instance.boltPort}, http ${instance.httpPort})...`);

  const state = await waitForBolt(instance, child.pid, timeoutMs, abort).catch(async (error: unknown) => {
    if (abort?.aborted) {
      await stopLocalNeo4j(instance);
      throw interrupted(instance, true);
    }
    throw error;
  });
  if (state === 'unauthorized') {
    await stopLocalNeo4j(instance);
    throw passwordMismatch(instance);
  }
  return { pid: child.pid, startedNow: true, millis: Date.now() - began };
}

function interrupted(instance: LocalInstance, stopped: boolean): LocalNeo4jError {
  return new LocalNeo4jError(`Interrupted while the ${instance.name} Neo4j was starting${stopped ? '; it was stopped again' : ''}.`);
}

function passwordMismatch(instance: LocalInstance): LocalNeo4jError {
  return new LocalNeo4jError(
    `The ${instance.name} Neo4j rejects the password in NEO4J_PASSWORD: its data was created with another one; ` +
      `use that one, or run "npm run neo4j:reset" to start with empty data.`,
  );
}

async function waitForBolt(
  instance: LocalInstance,
  pid: number,
  timeoutMs: number,
  abort?: AbortSignal,
): Promise<'ready' | 'unauthorized'> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (abort?.aborted) throw interrupted(instance, false);
    const state = await boltAnswers(instance);
    if (state !== 'down') return state;
    if (!isAlive(pid)) {
      fs.rmSync(pidFile(instance), { force: true });
      const tail = fs.existsSync(consoleLog(instance)) ? lastLines(fs.readFileSync(consoleLog(instance), 'utf8'), 8) : '';
      throw new LocalNeo4jError(`Neo4j exited during startup; last lines of ${consoleLog(instance)}:\n${tail}`);
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `Neo4j (pid ${pid}) did not answer on Bolt port ${instance.boltPort} within ${Math.round(timeoutMs / 1000)} s; see ${consoleLog(instance)}.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** SIGTERM lets Neo4j's shutdown hook close the stores; SIGKILL only after a generous wait. */
export async function stopLocalNeo4j(instance: LocalInstance, timeoutMs = 60_000): Promise<boolean> {
  const pid = runningPid(instance) ?? orphanPid(instance);
  if (pid === undefined) {
    fs.rmSync(pidFile(instance), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(pid)) {
    log(`pid ${pid} ignored SIGTERM for ${timeoutMs / 1000} s; killing it`);
    process.kill(pid, 'SIGKILL');
  }
  fs.rmSync(pidFile(instance), { force: true });
  if (instance.throwaway) fs.rmSync(instance.home, { recursive: true, force: true });
  return true;
}

export async function statusOf(instance: LocalInstance): Promise<string> {
  const pid = runningPid(instance);
  if (pid === undefined) {
    if (!(await portIsFree(instance.boltPort)))
      return `${instance.name}: not running (a different server listens on port ${instance.boltPort})`;
    return `${instance.name}: stopped`;
  }
  const state = await boltAnswers(instance);
  return `${instance.name}: running (pid ${pid}), bolt ${boltUri(instance)} ${state}, browser ${browserUrl(instance)}`;
}

/** Deletes the instance's data (it must be stopped). */
export function resetLocalNeo4j(instance: LocalInstance): void {
  if (runningPid(instance) !== undefined) {
    throw new LocalNeo4jError(`The ${instance.name} Neo4j is running: stop it first (npm run neo4j:stop).`);
  }
  fs.rmSync(instance.home, { recursive: true, force: true });
}
