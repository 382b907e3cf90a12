import { growthRows } from '../../bench/growth';
import type { QueryResult, Report } from '../../bench/report';

function report(entities: number, queries: Array<Partial<QueryResult>>, dbHits: Record<string, number>): Report {
  return {
    machine: { load_average_at_end: [0, 0, 0] } as unknown as Report['machine'],
    dataset: { entities },
    mode: 'full',
    queries: queries.map((q) => ({ concurrency: 1, p50_ms: 1, rps: 1, cpu_ms: 1, floor_p50_ms: 1, ...q }) as QueryResult),
    rss_mb: 0,
    rss_mb_after_rounds: [],
    floor_rss_mb: 0,
    peer_rss_mb: 0,
    peer_notes: {},
    db_hits: dbHits,
  };
}

describe('cost growth between two bench runs', () => {
  const small = report(
    10_000,
    [
      { name: 'timeline', p50_ms: 10, rps: 100, cpu_ms: 2, floor_p50_ms: 8 },
      { name: 'search', p50_ms: 5 },
    ],
    {
      timeline: 100,
    },
  );
  const large = report(100_000, [{ name: 'timeline', p50_ms: 15, rps: 50, cpu_ms: 3, floor_p50_ms: 16 }], { timeline: 130 });

  it('gives each query larger / smaller, req/s inverted so above 1 always means it costs more', () => {
    const [row] = growthRows(small, large);
    expect(row).toMatchObject({ name: 'timeline', p50: [10, 15, 1.5], rps: [100, 50, 2], cpu: [2, 3, 1.5], floorP50: [8, 16, 2] });
    expect(row!.dbHits).toEqual([100, 130, 1.3]);
  });

  it('leaves out a query only one of the runs measured', () => {
    expect(growthRows(small, large).map((row) => row.name)).toEqual(['timeline']);
  });
});
