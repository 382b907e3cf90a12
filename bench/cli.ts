/**
 * npm run bench [-- --quick] [-- --duration S] [-- --rounds N] [-- --cpu-prof] [-- --only q1,q2] [-- --out NAME]
 * Drives our GraphQL server, the floor (hand-written Cypher) and the peer (@neo4j/graphql) over
 * HTTP with the fixed query mix at concurrency 1 and 32, on the same Neo4j and data, query by
 * query (ours, floor, peer back to back, so background load hits all three alike). Prints a
 * table and writes bench/results/latest.json. --quick: the seed graph on a throwaway Neo4j,
 * a few hundred requests per cell, under a minute; it checks that the benchmark works, its
 * numbers mean little; it also rewrites bench/dbhits-baseline.json, each mix query's PROFILE db
 * hits on the seed graph (bench/dbHits.ts). --cpu-prof: our server writes a CPU profile to bench/results/ (read it
 * with bench/profileSummary.ts). --only: just these queries of the mix (a targeted run).
 * --out NAME: the JSON also goes to bench/results/NAME.json (e.g. 10k, 100k: bench/growth.ts
 * compares two). Every process it started is stopped, on failure too.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { numberFlag, parseFlags, UsageError } from '../src/cli/parseFlags';
import { pickFixtures } from './fixtures';
import { measure, type LoadResult } from './load';
import { measureDbHits, recordDbHitsBaseline } from './dbHits';
import { describeMachine } from './machine';
import { queryMix, type MixQuery } from './mix';
import { describeDataset, openBenchNeo4j, type BenchNeo4j } from './neo4j';
import { probe } from './probe';
import { cpuMs, rssMb, stopAll, type Target } from './processes';
import { printTable, writeReport, type QueryResult, type Report } from './report';
import { compileTargets, nameIndexBuilt, RESULTS_DIR, startTargets, type Targets } from './targets';

const CONCURRENCY = [1, 32] as const;

interface Options {
  quick: boolean;
  cpuProfile: boolean;
  duration: number;
  rounds: number;
  only: string[] | undefined;
  out: string | undefined;
}

const USAGE = 'Usage: npm run bench [-- --quick] [--duration S] [--rounds N] [--cpu-prof] [--only q1,q2] [--out NAME]';

function parseOptions(argv: string[]): Options {
  const { flags, positional } = parseFlags(
    argv,
    { '--quick': false, '--cpu-prof': false, '--duration': true, '--rounds': true, '--only': true, '--out': true },
    USAGE,
  );
  if (positional.length > 0) throw new UsageError(`Unexpected argument ${positional[0]}.\n${USAGE}`);
  const quick = flags.has('--quick');
  const only = flags.get('--only');
  const out = flags.get('--out');
  if (out === true || (out !== undefined && !/^[\w.-]+$/.test(out)))
    throw new UsageError(`--out takes a file name (letters, digits, . _ -).\n${USAGE}`);
  return {
    only:
      typeof only === 'string'
        ? only
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean)
        : undefined,
    out,
    quick,
    cpuProfile: flags.has('--cpu-prof'),
    duration: numberFlag(flags, '--duration', 5, USAGE),
    rounds: numberFlag(flags, '--rounds', quick ? 1 : 2, USAGE, (n) => Number.isSafeInteger(n) && n > 0),
  };
}

function selectQueries(mix: MixQuery[], only: string[] | undefined): MixQuery[] {
  if (!only) return mix;
  const unknown = only.filter((name) => !mix.some((query) => query.name === name));
  if (unknown.length > 0) throw new UsageError(`--only: no query ${unknown.join(', ')} in the mix (${mix.map((q) => q.name).join(', ')}).`);
  return mix.filter((query) => only.includes(query.name));
}

const pick = (values: Record<string, number>, names: string[]) =>
  Object.fromEntries(Object.entries(values).filter(([name]) => names.includes(name)));

/** Peak RSS of one process while `work` runs, sampled every 100 ms. */
async function withPeakRss<T>(pid: number, peaks: Map<number, number>, work: () => Promise<T>): Promise<T> {
  const sample = () => peaks.set(pid, Math.max(peaks.get(pid) ?? 0, rssMb(pid) ?? 0));
  const timer = setInterval(sample, 100);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    sample();
  }
}

/** A measurement and the target's CPU time per request during it (ms). */
type Measured = LoadResult & { cpu_ms: number };

function loadOn(target: Target, body: unknown, concurrency: number, options: Options, peaks: Map<number, number>): Promise<Measured> {
  const run = async (amount: number | undefined, duration: number): Promise<Measured> => {
    const cpuBefore = cpuMs(target.pid) ?? NaN;
    const result = await measure({ url: target.url, body: JSON.stringify(body), concurrency, duration, ...(amount ? { amount } : {}) });
    const cpu = (cpuMs(target.pid) ?? NaN) - cpuBefore;
    return { ...result, cpu_ms: Math.round((cpu / Math.max(1, result.requests)) * 100) / 100 };
  };
  return withPeakRss(target.pid, peaks, async () => {
    // Quick mode checks that everything answers: a handful of requests, no warm-up.
    if (options.quick) return run(concurrency === 1 ? 5 : concurrency, 0);
    await run(undefined, 1); // warm-up: JIT, plan cache, page cache
    return run(undefined, options.duration);
  });
}

async function runRound(
  mix: MixQuery[],
  targets: Targets,
  options: Options,
  peaks: Map<number, number>,
  oursOnly: boolean,
): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const query of mix) {
    const checked = await probe(query, targets);
    if (checked.oursError) process.stderr.write(`  ${query.name}: REFUSED by our server, not measured: ${checked.oursError}\n`);
    for (const concurrency of CONCURRENCY) {
      const ours = checked.oursError ? undefined : await loadOn(targets.ours, query.ours, concurrency, options, peaks);
      const floor = oursOnly
        ? undefined
        : await loadOn({ ...targets.floor, url: `${targets.floor.url}${query.name}` }, query.floor, concurrency, options, peaks);
      const peer =
        oursOnly || !query.peer
          ? undefined
          : await loadOn(targets.peer, { query: query.peer.query, variables: query.peer.variables }, concurrency, options, peaks);
      const result: QueryResult = {
        name: query.name,
        concurrency,
        p50_ms: ours?.p50_ms ?? NaN,
        p99_ms: ours?.p99_ms ?? NaN,
        rps: ours?.rps ?? NaN,
        floor_p50_ms: floor?.p50_ms ?? NaN,
        floor_rps: floor?.rps ?? NaN,
        cpu_ms: ours?.cpu_ms ?? NaN,
        floor_cpu_ms: floor?.cpu_ms ?? NaN,
        peer_cpu_ms: peer?.cpu_ms ?? null,
        peer_p50_ms: peer?.p50_ms ?? null,
        peer_rps: peer?.rps ?? null,
        roundtrips: checked.roundTrips,
        same_as_floor: checked.sameAsFloor,
        ...(checked.oursError ? { error: checked.oursError } : {}),
      };
      const timeouts = { ours: ours?.timeouts ?? 0, floor: floor?.timeouts ?? 0, peer: peer?.timeouts ?? 0 };
      if (timeouts.ours + timeouts.floor + timeouts.peer > 0) result.timeouts = timeouts;
      results.push(result);
      process.stderr.write(
        `  ${query.name} c=${concurrency}: ours ${result.p50_ms} ms ${result.rps}/s, floor ${result.floor_p50_ms} ms, peer ${result.peer_p50_ms ?? '-'} ms\n`,
      );
    }
  }
  return results;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  let neo4j: BenchNeo4j | undefined;
  let stopping = false;
  const cleanup = async () => {
    await stopAll();
    await neo4j?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void cleanup().finally(() => process.exit(1));
    });
  }
  try {
    neo4j = await openBenchNeo4j(options.quick);
    const dataset = await describeDataset(neo4j.driver, neo4j.database);
    if (!dataset.entities) throw new Error('The bench Neo4j is empty: load a graph first (npm run seed:synthetic -- --entities 100000).');
    const fixtures = await pickFixtures(neo4j.driver, neo4j.database);
    const machine = await describeMachine(neo4j.driver, neo4j.database);
    const mix = selectQueries(queryMix(fixtures), options.only);
    // The seed graph is the same everywhere: its db hits are the regression guard's baseline.
    // On another graph they are reported only (bench/growth.ts compares them between graphs).
    const dbHits = options.quick && !options.only ? await recordDbHitsBaseline(neo4j) : await measureDbHits(neo4j);
    process.stderr.write(
      `db hits${options.quick && !options.only ? ' (written to bench/dbhits-baseline.json)' : ''}: ${JSON.stringify(dbHits)}\n`,
    );
    // Quick mode checks that everything runs: through tsx, without the compile step.
    if (!options.quick) compileTargets();
    const targets = await startTargets(neo4j, { cpuProfile: options.cpuProfile, compiled: !options.quick });
    // Measuring starts once our server's startup work is done, not while it builds the name index.
    process.stderr.write(`our name index built (waited ${((await nameIndexBuilt(targets.ours)) / 1000).toFixed(1)} s)\n`);
    const peaks = new Map<number, number>();
    process.stderr.write(`bench (${options.quick ? 'quick' : 'full'}): ${JSON.stringify(dataset)}\n`);

    const queries = await runRound(mix, targets, options, peaks, false);
    const afterRounds = [Math.round(rssMb(targets.ours.pid) ?? 0)];
    for (let round = 2; round <= options.rounds; round += 1) {
      process.stderr.write(`round ${round} (ours only, for memory growth)\n`);
      await runRound(mix, targets, options, peaks, true);
      afterRounds.push(Math.round(rssMb(targets.ours.pid) ?? 0));
    }

    const report: Report = {
      machine: { ...machine, load_average_at_end: os.loadavg().map((value) => Math.round(value * 100) / 100) },
      dataset: { kind: options.quick ? 'seed graph' : 'graph in the bench Neo4j', ...dataset, fixtures },
      mode: options.quick ? 'quick' : 'full',
      queries,
      rss_mb: Math.round(peaks.get(targets.ours.pid) ?? 0),
      rss_mb_after_rounds: afterRounds,
      floor_rss_mb: Math.round(peaks.get(targets.floor.pid) ?? 0),
      peer_rss_mb: Math.round(peaks.get(targets.peer.pid) ?? 0),
      peer_notes: Object.fromEntries(mix.map((query) => [query.name, query.peer?.note ?? 'not expressible with the peer'])),
      db_hits: options.only ? pick(dbHits, options.only) : dbHits,
    };
    printTable(report);
    writeReport(report, path.join(RESULTS_DIR, 'latest.json'));
    writeReport(report, path.join(RESULTS_DIR, `${report.mode}.json`));
    if (options.out) writeReport(report, path.join(RESULTS_DIR, `${options.out}.json`));
  } finally {
    if (!stopping) await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : `bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
