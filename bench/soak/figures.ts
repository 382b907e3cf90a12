/** The soak's numbers: latency percentiles and whether the server's memory stayed flat. */

/** Nearest-rank percentile of unsorted values (0 for none). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface MemoryTrend {
  samples: number;
  firstQuarterMedianMb: number;
  lastQuarterMedianMb: number;
  /** last / first; 1.0 is perfectly flat. */
  ratio: number;
  minMb: number;
  maxMb: number;
  /** Median of each tenth of the run, in order: shows a steady creep apart from GC's sawtooth. */
  tenthsMb: number[];
}

/** Compares the median RSS of the first and the last quarter of the run (undefined with < 8 samples). */
export function memoryTrend(samplesMb: readonly number[]): MemoryTrend | undefined {
  if (samplesMb.length < 8) return undefined;
  const quarter = Math.floor(samplesMb.length / 4);
  const first = percentile(samplesMb.slice(0, quarter), 50);
  const last = percentile(samplesMb.slice(-quarter), 50);
  return {
    samples: samplesMb.length,
    firstQuarterMedianMb: first,
    lastQuarterMedianMb: last,
    ratio: last / first,
    minMb: Math.min(...samplesMb),
    maxMb: Math.max(...samplesMb),
    tenthsMb: Array.from({ length: 10 }, (_, tenth) =>
      percentile(samplesMb.slice(Math.floor((tenth * samplesMb.length) / 10), Math.floor(((tenth + 1) * samplesMb.length) / 10)), 50),
    ),
  };
}
