/**
 * The results: a table on stdout (ours, floor, peer and the ratios the targets are
 * stated in) and bench/results/latest.json in the format.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Machine } from './machine';

export interface QueryResult {
  name: string;
  concurrency: number;
  p50_ms: number;
  p99_ms: number;
  rps: number;
  floor_p50_ms: number;
  floor_rps: number;
  peer_p50_ms: number | null;
  peer_rps: number | null;
  roundtrips: number;
  /** Each server process's CPU time per request (user + system, ms), the floor's and the peer's too. */
  cpu_ms: number;
  floor_cpu_ms: number;
  peer_cpu_ms: number | null;
  /** Whether our response's data equals the floor's (same result, fetched two ways). */
  same_as_floor: boolean;
  /** Our server's error for this query (then it was not measured). */
  error?: string;
  /** Requests unanswered within 30 s, per target, when any. */
  timeouts?: { ours: number; floor: number; peer: number };
}

export interface Report {
  machine: Machine & { load_average_at_end: number[] };
  dataset: Record<string, unknown>;
  mode: 'quick' | 'full';
  queries: QueryResult[];
  /** Our server's peak RSS during the run. */
  rss_mb: number;
  /** Our server's RSS after each round of the mix (growth across repeated runs). */
  rss_mb_after_rounds: number[];
  floor_rss_mb: number;
  peer_rss_mb: number;
  peer_notes: Record<string, string>;
  /** Each mix query's PROFILE db hits through our server on this graph (bench/dbHits.ts). */
  db_hits: Record<string, number>;
}

const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? (a / b).toFixed(2) : '-');
const cell = (value: number | null) => (value === null ? '-' : String(value));

export function printTable(report: Report): void {
  const header = [
    'query',
    'c',
    'p50',
    'p99',
    'rps',
    'rt',
    'floor p50',
    'floor rps',
    'peer p50',
    'peer rps',
    'p50/floor',
    'rps/peer',
    'cpu',
    'cpu/floor',
    'cpu/peer',
    'same',
  ];
  const rows = report.queries.map((q) => [
    q.name,
    String(q.concurrency),
    String(q.p50_ms),
    String(q.p99_ms),
    String(q.rps),
    String(q.roundtrips),
    String(q.floor_p50_ms),
    String(q.floor_rps),
    cell(q.peer_p50_ms),
    cell(q.peer_rps),
    ratio(q.p50_ms, q.floor_p50_ms),
    ratio(q.rps, q.peer_rps),
    String(q.cpu_ms),
    ratio(q.cpu_ms, q.floor_cpu_ms),
    ratio(q.cpu_ms, q.peer_cpu_ms),
    q.error ? 'REFUSED' : q.same_as_floor ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((text, column) => (column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const q of report.queries.filter((item) => item.timeouts)) {
    console.log(`${q.name} c=${q.concurrency}: requests unanswered within 30 s: ${JSON.stringify(q.timeouts)}`);
  }
  console.log(
    `\nlatencies in ms; rt = Cypher round trips per request (ours); cpu = our server process's CPU ms per request (the ratios: to the floor's and the peer's processes); server RSS peak ${report.rss_mb} MB ` +
      `(after each round: ${report.rss_mb_after_rounds.join(', ')} MB); floor ${report.floor_rss_mb} MB, peer ${report.peer_rss_mb} MB`,
  );
}

export function writeReport(report: Report, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written to ${path.relative(process.cwd(), file)}`);
}
