/**
 * One measurement: autocannon drives a POST at a fixed concurrency for a duration (or a number
 * of requests). Latencies are recorded here from every response at full precision (autocannon's
 * histogram keeps whole milliseconds, too coarse for 2 ms queries). A non-2xx answer fails the
 * run (a fast error is not a result); requests unanswered after 30 s are counted as timeouts.
 */
import autocannon from 'autocannon';

export interface LoadResult {
  p50_ms: number;
  p99_ms: number;
  rps: number;
  requests: number;
  /** Requests not answered within TIMEOUT_S (socket errors included). */
  timeouts: number;
}

const TIMEOUT_S = 30;

export interface LoadOptions {
  url: string;
  body: string;
  concurrency: number;
  /** Seconds; or `amount` requests when set. */
  duration: number;
  amount?: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function measure(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const began = performance.now();
  const instance = autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: options.body,
    connections: options.concurrency,
    timeout: TIMEOUT_S,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  const seconds = (performance.now() - began) / 1000;
  if (result.non2xx > 0) throw new Error(`${options.url}: ${result.non2xx} non-2xx answers`);
  latencies.sort((a, b) => a - b);
  return {
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    rps: round(latencies.length / seconds, 1),
    requests: latencies.length,
    timeouts: result.errors,
  };
}
