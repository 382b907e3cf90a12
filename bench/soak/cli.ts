/**
 * npm run soak [-- --seconds 60 --warmup 15 --clients 16 --write-share 0.1 --max-rss-ratio 1.25]
 *
 * Mixed analyst reads and editor writes from many concurrent clients on loopback for a set time,
 * then checks: no unexpected error (every response HTTP 200 without `errors`), every acknowledged
 * write readable, the server's RSS flat (median of the last quarter of the measured period over
 * the first). A warm-up of the same load comes first, so JIT compilation and caches that fill
 * once (Apollo's parsed-document cache, V8's heap growing to its working size) are not mistaken
 * for a leak; its errors and writes are checked like the rest.
 * Prints requests/s, p50/p99 per kind and the counts; exits 1 when a check fails.
 *
 * What it runs against:
 * - default: its own throwaway Neo4j (soakNeo4j.ts) loaded with the seed, and the server as a
 *   child process on SOAK_PORT (4090); both are stopped at the end, on failure and on Ctrl-C;
 * - NEO4J_URI set: that Neo4j instead (the soak deletes its `soak-` data at the end);
 * - SOAK_URL set (e.g. http://127.0.0.1:4000/graphql): that server, which must accept the editor
 *   token SOAK_TOKEN (default soak-editor-token-0123456789); SOAK_PID lets the soak sample its
 *   RSS, and NEO4J_URI (+ credentials) lets it delete its `soak-` data afterwards.
 */
import * as os from 'node:os';
import { numberFlag, parseFlags, UsageError } from '../../src/cli/parseFlags';
import { memoryTrend, percentile } from './figures';
import { removeSoakDataFrom, openSoakNeo4j, type SoakNeo4j } from './soakNeo4j';
import { rssMb, SOAK_EDITOR_TOKEN, startSoakServer } from './soakServer';
import { verifyWrites } from './verifyWrites';
import { emptyTally, ingestSoakDocument, runClient, type Kind, type WorkloadOptions } from './workload';

interface Options {
  seconds: number;
  /** Load before the measured period: counted for errors and writes, not for latency or memory. */
  warmup: number;
  clients: number;
  writeShare: number;
  maxRssRatio: number;
}

const USAGE = 'Usage: npm run soak -- [--seconds N] [--warmup N] [--clients N] [--write-share 0..1] [--max-rss-ratio R]';

function parseOptions(argv: string[]): Options {
  const known = { '--seconds': true, '--warmup': true, '--clients': true, '--write-share': true, '--max-rss-ratio': true };
  const { flags, positional } = parseFlags(argv, known, USAGE);
  if (positional.length > 0) throw new UsageError(`Unexpected argument ${positional[0]}.\n${USAGE}`);
  return {
    seconds: numberFlag(flags, '--seconds', 60, USAGE),
    warmup: numberFlag(flags, '--warmup', 15, USAGE, (value) => value >= 0),
    clients: numberFlag(flags, '--clients', 16, USAGE, (value) => Number.isSafeInteger(value) && value > 0),
    writeShare: numberFlag(flags, '--write-share', 0.1, USAGE, (value) => value > 0 && value <= 1),
    maxRssRatio: numberFlag(flags, '--max-rss-ratio', 1.25, USAGE),
  };
}

/**
 * Stops what this run started, last started first. Runs once: a signal handler and the normal
 * end both await the same promise, so neither exits while the other is still stopping Neo4j.
 */
const stops: Array<() => Promise<void>> = [];
let stopping: Promise<void> | undefined;
function stopEverything(): Promise<void> {
  stopping ??= (async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch((error) => say(`cleanup failed: ${(error as Error).message}`));
  })();
  return stopping;
}

function say(line: string): void {
  process.stdout.write(`[soak] ${line}\n`);
}
let aborted = false;

async function main(): Promise<boolean> {
  const options = parseOptions(process.argv.slice(2));
  const runId = Date.now().toString(36);
  const authorization = `Bearer ${process.env.SOAK_TOKEN || SOAK_EDITOR_TOKEN}`;

  let neo4j: SoakNeo4j | undefined;
  let url = process.env.SOAK_URL;
  let serverPid = process.env.SOAK_PID ? Number(process.env.SOAK_PID) : undefined;
  if (!url || process.env.NEO4J_URI) {
    neo4j = await openSoakNeo4j((stop) => stops.push(stop));
    say(`Neo4j: ${neo4j.uri}${neo4j.shared ? ' (shared: soak- data is removed at the end)' : ' (own throwaway instance)'}`);
    if (neo4j.shared) {
      const shared = neo4j;
      stops.push(() => removeSoakDataFrom(shared).then(() => say('removed the soak- data')));
    }
  }
  if (!url) {
    const server = await startSoakServer(neo4j!, Number(process.env.SOAK_PORT || 4090), (stop) => stops.push(stop));
    say(`server: ${server.url} (pid ${server.pid}, log ${server.logFile})`);
    ({ url } = server);
    serverPid = server.pid;
  } else {
    say(`server: ${url} (given by SOAK_URL)${neo4j ? '' : '; set NEO4J_URI to let the soak remove its soak- data afterwards'}`);
  }
  if (aborted) return false;

  const workload: WorkloadOptions = { url, authorization, runId, documentId: `soak-${runId}-doc`, writeShare: options.writeShare };
  const ingested = await ingestSoakDocument(workload);
  if (!ingested.ok) throw new Error(`could not ingest the soak document: ${ingested.failure}`);

  const warmup = emptyTally();
  const tally = emptyTally();
  const rss: number[] = [];
  const rssAtStart = serverPid === undefined ? undefined : rssMb(serverPid);
  say(
    `${options.clients} clients: ${options.warmup} s warm-up, then ${options.seconds} s measured ` +
      `(write rounds: ${options.writeShare * 100}% of iterations)...`,
  );
  const warmupEnds = Date.now() + options.warmup * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, (_, client) =>
      runClient(client, workload, warmup, () => !aborted && Date.now() < warmupEnds, 'w'),
    ),
  );
  const loadBefore = os.loadavg()[0]!;
  const began = performance.now();
  const deadline = Date.now() + options.seconds * 1000;
  const sampler = setInterval(() => {
    const mb = serverPid === undefined ? undefined : rssMb(serverPid);
    if (mb !== undefined) rss.push(mb);
  }, 1000);
  try {
    await Promise.all(
      Array.from({ length: options.clients }, (_, client) =>
        runClient(client, workload, tally, () => !aborted && Date.now() < deadline, 'm'),
      ),
    );
  } finally {
    clearInterval(sampler);
  }
  const elapsed = (performance.now() - began) / 1000;
  const loadAfter = os.loadavg()[0]!;
  if (aborted) return false;

  for (const [reason, count] of warmup.failures) tally.failures.set(`warm-up ${reason}`, count);
  const acknowledged = {
    entities: [...warmup.acknowledged.entities, ...tally.acknowledged.entities],
    factsFrom: new Map([...warmup.acknowledged.factsFrom, ...tally.acknowledged.factsFrom]),
  };
  const writes = await verifyWrites(url, acknowledged);
  const memory = memoryTrend(rss);
  const total = tally.latencies.read.length + tally.latencies.write.length;
  const failures = [...tally.failures.values()].reduce((sum, count) => sum + count, 0);

  const row = (kind: Kind) => {
    const values = tally.latencies[kind];
    return `${kind}s: ${values.length} (${(values.length / elapsed).toFixed(1)}/s), p50 ${percentile(values, 50).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms`;
  };
  say('---- figures ----');
  say(`machine: ${os.cpus().length} cores, load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end`);
  const warmupRequests = warmup.latencies.read.length + warmup.latencies.write.length;
  say(`warm-up: ${options.warmup} s, ${warmupRequests} requests (not in the figures below except errors and writes)`);
  say(`measured: ${elapsed.toFixed(1)} s, ${options.clients} clients, ${total} requests, ${(total / elapsed).toFixed(1)} requests/s`);
  say(row('read'));
  say(row('write'));
  say(
    `by operation: ${Object.entries(tally.byOperation)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')}`,
  );
  say(
    `acknowledged writes: ${writes.entitiesChecked} entities, ${writes.factsChecked} facts, ${writes.missing.length} missing on read-back`,
  );
  say(
    memory
      ? `server RSS: first-quarter median ${memory.firstQuarterMedianMb.toFixed(1)} MB, last-quarter median ${memory.lastQuarterMedianMb.toFixed(1)} MB, ` +
          `ratio ${memory.ratio.toFixed(3)} (min ${memory.minMb.toFixed(1)}, max ${memory.maxMb.toFixed(1)}, ${memory.samples} samples; ` +
          `${rssAtStart?.toFixed(1) ?? '?'} MB before the warm-up)`
      : 'server RSS: not measured (set SOAK_PID with SOAK_URL, or run longer than 8 s)',
  );
  if (memory) say(`server RSS by tenth of the run (medians, MB): ${memory.tenthsMb.map((mb) => mb.toFixed(0)).join(' ')}`);

  const checks: Array<[string, boolean]> = [
    ['requests were made', tally.latencies.read.length > 0 && tally.latencies.write.length > 0],
    [`no unexpected errors (${failures})`, failures === 0],
    ['every acknowledged write is present', writes.missing.length === 0],
    [`memory flat (ratio <= ${options.maxRssRatio})`, memory === undefined || memory.ratio <= options.maxRssRatio],
  ];
  say('---- checks ----');
  for (const [name, passed] of checks) say(`${passed ? 'PASS' : 'FAIL'} ${name}`);
  for (const [reason, count] of [...tally.failures].slice(0, 10)) say(`  error x${count}: ${reason}`);
  for (const line of writes.missing.slice(0, 10)) say(`  missing: ${line}`);
  return checks.every(([, passed]) => passed);
}

const onSignal = (signal: NodeJS.Signals) => {
  if (aborted) return;
  aborted = true;
  say(`${signal}: stopping what the soak started...`);
  void stopEverything().finally(() => process.exit(130));
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

main().then(
  async (passed) => {
    await stopEverything();
    if (aborted) process.exit(130);
    say(passed ? 'soak passed' : 'soak FAILED');
    process.exit(passed ? 0 : 1);
  },
  async (error: unknown) => {
    await stopEverything();
    if (aborted) process.exit(130);
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`[soak] failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
