/**
 * One Prometheus registry per server (never prom-client's global one): tests start several
 * servers in one process, and two servers on the global registry would fail on the second
 * registration of every metric or mix their counts. The GraphQL plugin (graphql/plugins/
 * metrics.ts) and the HTTP layer (http/routes/metrics.ts) register their metrics on the registry
 * they are given; docs/http.md lists them.
 */
import { collectDefaultMetrics, Registry } from 'prom-client';

export type { Registry };

/** A fresh registry with prom-client's process metrics (CPU, memory, event loop lag, GC, handles). */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * A label value from a set that clients can grow (operation names): the first `max` distinct
 * values are kept, later new ones are counted as `other`, so a client inventing names cannot
 * grow the series without bound.
 */
export function cappedLabel(max: number, maxLength = 64): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    const label = value.slice(0, maxLength);
    if (seen.has(label)) return label;
    if (seen.size >= max) return 'other';
    seen.add(label);
    return label;
  };
}
