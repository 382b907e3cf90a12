/**
 * npm run faults [-- --writers 6 --writes 30 --kills 2]
 *
 * Writes under kill -9: `--writers` concurrent editors each make `--writes` writes (an
 * upsertEntity of a new organisation, then an addAlias on it) against the real server, while
 * this tool kills its own Neo4j with SIGKILL `--kills` times and starts it again on the same data.
 * Every write carries its own Idempotency-Key, and a write answered with an error (or no answer)
 * is retried with the same key until it succeeds, as a careful client would.
 * Then it checks, with Cypher: every acknowledged write is in the graph (0 lost), and each wrote
 * one entity, one alias and one audit record (0 duplicated). Prints the counts; exits 1 when a
 * check fails.
 *
 * Its Neo4j is a throwaway local instance of its own (bolt NEO4J_FAULTS_BOLT_PORT 7694, http
 * NEO4J_FAULTS_HTTP_PORT 7481, home neo4j/.instances/faults), its server a child process on
 * FAULTS_PORT (4091); both are stopped at the end, on failure and on Ctrl-C.
 */
import * as fs from 'node:fs';
import { numberFlag, parseFlags, UsageError } from '../../src/cli/parseFlags';
import { boltUri, runningPid, startLocalNeo4j, stopLocalNeo4j, type LocalInstance } from '../../neo4j/localNeo4j';
import { applyMigrations } from '../../src/db/migrations';
import { seedGraph } from '../../src/startup/seeding';
import { postGraphQL } from '../soak/graphqlClient';
import { withDatabase, type SoakNeo4j } from '../soak/soakNeo4j';
import { sideInstance } from '../sideInstance';
import { SOAK_EDITOR_TOKEN, startSoakServer } from '../soak/soakServer';
import { countWrites, type PlannedWrite } from './countWrites';

const USAGE = 'Usage: npm run faults -- [--writers N] [--writes N] [--kills N]';
/** How long one write may keep retrying (an outage lasts as long as Neo4j takes to restart). */
const RETRY_DEADLINE_MS = 300_000;

function faultsInstance(): LocalInstance {
  return sideInstance({
    home: 'faults',
    bolt: { variable: 'NEO4J_FAULTS_BOLT_PORT', port: 7694 },
    http: { variable: 'NEO4J_FAULTS_HTTP_PORT', port: 7481 },
    password: 'partnership-graph-faults',
  });
}

const UPSERT = 'mutation U($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id } } }';
const ALIAS = 'mutation A($id: ID!, $alias: String!) { addAlias(input: { entityId: $id, alias: $alias }) { entity { id } } }';

interface Tally {
  writes: number;
  /** Writes whose first attempt got an error or no answer, retried under the same key. */
  retried: number;
  attempts: number;
  failedForGood: number;
}

function say(line: string): void {
  process.stdout.write(`[faults] ${line}\n`);
}

const stops: Array<() => Promise<void>> = [];
let stopping: Promise<void> | undefined;
const stopEverything = () =>
  (stopping ??= (async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch((error) => say(`cleanup failed: ${(error as Error).message}`));
  })());

/** One write, retried under its key until it is acknowledged or the deadline passes. */
async function writeUntilAcknowledged(url: string, query: string, variables: Record<string, unknown>, key: string, tally: Tally) {
  const deadline = Date.now() + RETRY_DEADLINE_MS;
  for (let attempt = 1; ; attempt += 1) {
    tally.attempts += 1;
    const outcome = await postGraphQL(url, query, variables, `Bearer ${SOAK_EDITOR_TOKEN}`, { 'idempotency-key': key });
    if (outcome.ok) {
      if (attempt > 1) tally.retried += 1;
      return true;
    }
    if (Date.now() > deadline) {
      tally.failedForGood += 1;
      say(`gave up on ${key}: ${outcome.failure ?? ''}`);
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(250 * attempt, 2_000)));
  }
}

async function main(): Promise<boolean> {
  const { flags, positional } = parseFlags(process.argv.slice(2), { '--writers': true, '--writes': true, '--kills': true }, USAGE);
  if (positional.length > 0) throw new UsageError(`Unexpected argument ${positional[0]}.\n${USAGE}`);
  const writers = numberFlag(flags, '--writers', 6, USAGE, (value) => Number.isSafeInteger(value) && value > 0);
  const writes = numberFlag(flags, '--writes', 30, USAGE, (value) => Number.isSafeInteger(value) && value > 0);
  const kills = numberFlag(flags, '--kills', 2, USAGE, (value) => Number.isSafeInteger(value) && value >= 0);

  const instance = faultsInstance();
  if (runningPid(instance) !== undefined) throw new UsageError(`A faults Neo4j is already running on ${instance.boltPort}: another run?`);
  stops.push(async () => {
    await stopLocalNeo4j(instance);
    fs.rmSync(instance.home, { recursive: true, force: true });
  });
  await startLocalNeo4j(instance);
  const neo4j: SoakNeo4j = { uri: boltUri(instance), user: instance.user, password: instance.password, database: 'neo4j', shared: false };
  await withDatabase(neo4j, async (db) => {
    await applyMigrations(db);
    await seedGraph(db, { reset: true });
  });
  const server = await startSoakServer(neo4j, Number(process.env.FAULTS_PORT || 4091), (stop) => stops.push(stop));
  say(`Neo4j ${neo4j.uri}, server ${server.url}; ${writers} writers x ${writes} writes, ${kills} kill -9 of Neo4j`);

  const runId = Date.now().toString(36);
  const planned: PlannedWrite[] = [];
  const tally: Tally = { writes: 0, retried: 0, attempts: 0, failedForGood: 0 };
  let written = 0;
  const load = Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let n = 0; n < writes; n += 1) {
        const id = `faults-${runId}-${writer}-${n}`;
        const name = `Faults Test Organisation ${runId} ${writer} ${n}`;
        const alias = `FTO ${runId} ${writer}-${n}`;
        tally.writes += 2;
        const created = await writeUntilAcknowledged(
          server.url,
          UPSERT,
          { input: { id, type: 'ORGANIZATION', name } },
          `${id}:upsert`,
          tally,
        );
        const aliased = created && (await writeUntilAcknowledged(server.url, ALIAS, { id, alias }, `${id}:alias`, tally));
        planned.push({ id, name, alias, created, aliased });
        written += 1;
      }
    }),
  );

  // Kill at evenly spaced points of the run, each time once the writers have made progress.
  const total = writers * writes;
  for (let kill = 1; kill <= kills; kill += 1) {
    while (written < (total * kill) / (kills + 1)) await new Promise((resolve) => setTimeout(resolve, 50));
    const pid = runningPid(instance);
    if (pid === undefined) throw new Error('the faults Neo4j is not running');
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();
    say(`kill -9 ${pid} after ${written} of ${total} write pairs; restarting it on the same data`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await startLocalNeo4j({ ...instance, throwaway: false });
    say(`Neo4j back after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
  }
  await load;

  const counts = await withDatabase(neo4j, (db) => countWrites(db, planned));
  say(
    `writes: ${tally.writes} (${tally.attempts} attempts); retried under their key after an error: ${tally.retried}; given up: ${tally.failedForGood}`,
  );
  say(`acknowledged: ${counts.acknowledged}; lost: ${counts.lost}; duplicated: ${counts.duplicated}`);
  for (const problem of counts.problems.slice(0, 10)) say(`  ${problem}`);
  return counts.lost === 0 && counts.duplicated === 0 && tally.failedForGood === 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping what this run started`);
    void stopEverything().then(() => process.exit(130));
  });
}

main()
  .then(async (passed) => {
    await stopEverything();
    say(passed ? 'all checks passed' : 'a check failed');
    process.exit(passed ? 0 : 1);
  })
  .catch(async (error: unknown) => {
    await stopEverything();
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    say(`failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  });
