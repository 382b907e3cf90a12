/**
 * npm run bench:growth -- bench/results/10k.json bench/results/100k.json
 * How each query's cost grows from one graph to a larger one: two results files of `npm run
 * bench` (written with --out), the smaller graph first. Per query and concurrency: our p50,
 * req/s, CPU per request and db hits on each graph and the ratio larger / smaller (req/s as
 * smaller / larger, so above 1 is always "costs more"); the floor's p50 ratio beside ours says
 * how much of the growth Neo4j itself cannot avoid. Issue 16's target: point queries (alias,
 * relation page, timeline of an ordinary entity) <= 1.3x for 10x the data.
 */
import * as fs from 'node:fs';
import { UsageError } from '../src/cli/parseFlags';
import type { QueryResult, Report } from './report';

const USAGE = 'Usage: npm run bench:growth -- <smaller graph>.json <larger graph>.json';

/** The mix's point queries: their cost should follow the entity, not the graph. */
export const POINT_QUERIES = ['entityByAlias', 'relationsWithEvidence', 'timeline'];

export const POINT_QUERY_GROWTH_LIMIT = 1.3;

export interface GrowthRow {
  name: string;
  concurrency: number;
  p50: [number, number, number];
  rps: [number, number, number];
  cpu: [number, number, number];
  floorP50: [number, number, number];
  dbHits: [number, number, number] | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const triple = (small: number, large: number, ratio: number): [number, number, number] => [small, large, round2(ratio)];

export function growthRows(small: Report, large: Report): GrowthRow[] {
  const key = (q: QueryResult) => `${q.name} ${q.concurrency}`;
  const larger = new Map(large.queries.map((q) => [key(q), q]));
  return small.queries.flatMap((a): GrowthRow[] => {
    const b = larger.get(key(a));
    if (!b) return [];
    const hitsA = small.db_hits?.[a.name];
    const hitsB = large.db_hits?.[a.name];
    return [
      {
        name: a.name,
        concurrency: a.concurrency,
        p50: triple(a.p50_ms, b.p50_ms, b.p50_ms / a.p50_ms),
        rps: triple(a.rps, b.rps, a.rps / b.rps),
        cpu: triple(a.cpu_ms, b.cpu_ms, b.cpu_ms / a.cpu_ms),
        floorP50: triple(a.floor_p50_ms, b.floor_p50_ms, b.floor_p50_ms / a.floor_p50_ms),
        dbHits: hitsA !== undefined && hitsB !== undefined ? triple(hitsA, hitsB, hitsB / hitsA) : null,
      },
    ];
  });
}

function printGrowth(small: Report, large: Report, rows: GrowthRow[]): void {
  const size = (report: Report) =>
    `${String(report.dataset.entities)} entities, load at end ${report.machine.load_average_at_end.join('/')}`;
  console.log(`smaller: ${size(small)}\nlarger:  ${size(large)}\n`);
  const header = [
    'query',
    'c',
    'p50 a',
    'p50 b',
    'p50 x',
    'floor p50 x',
    'rps a',
    'rps b',
    'rps x',
    'cpu a',
    'cpu b',
    'cpu x',
    'db hits a',
    'db hits b',
    'db hits x',
  ];
  const cells = rows.map((row) => [
    row.name,
    String(row.concurrency),
    ...row.p50.map(String),
    String(row.floorP50[2]),
    ...row.rps.map(String),
    ...row.cpu.map(String),
    ...(row.dbHits ? row.dbHits.map(String) : ['-', '-', '-']),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (items: string[]) =>
    items.map((text, column) => (column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!))).join('  ');
  console.log(`${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const item of cells) console.log(line(item));
  const over = rows.filter((row) => row.concurrency === 1 && POINT_QUERIES.includes(row.name) && row.p50[2] > POINT_QUERY_GROWTH_LIMIT);
  console.log(
    `\na = smaller graph, b = larger, x = b / a (req/s: a / b), so above 1 means costs more; ` +
      `point queries at c=1 over ${POINT_QUERY_GROWTH_LIMIT}x: ${over.length ? over.map((row) => `${row.name} ${row.p50[2]}`).join(', ') : 'none'}`,
  );
}

function main(): void {
  const files = process.argv.slice(2);
  if (files.length !== 2 || files.some((file) => file.startsWith('-'))) throw new UsageError(USAGE);
  const [small, large] = files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as Report) as [Report, Report];
  printGrowth(small, large, growthRows(small, large));
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
