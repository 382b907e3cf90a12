/**
 * GET /metrics: the server's registry (src/metrics.ts) in Prometheus text format, plus the
 * Neo4j driver's use (sessions running against the pool's size; the driver has no public pool
 * statistics).
 *
 * Who may read it (docs/http.md): with METRICS_TOKEN set, any caller sending it as a bearer
 * token; without, only callers on the loopback interface whose request did not come through a
 * proxy (no Forwarded or X-Forwarded-For header), since a proxy on the same host would make
 * every outside client look local. The figures are not secrets, but operation names, error
 * rates and traffic are reconnaissance for an attacker; a sidecar or a local scraper needs no
 * set-up, and opening them wider takes a deliberate secret.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Gauge } from 'prom-client';
import type { Database } from '../../db/database';
import type { Registry } from '../../metrics';
import { HttpError, sendError } from '../httpError';
import type { RequestLimiter } from '../rateLimits';

export interface MetricsRouteOptions {
  registry: Registry;
  db: Database;
  /** METRICS_TOKEN; undefined: loopback callers only. */
  token?: string;
  limiter?: RequestLimiter;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

function proxied(request: FastifyRequest): boolean {
  return request.headers.forwarded !== undefined || request.headers['x-forwarded-for'] !== undefined;
}

/** Undefined when the caller may read the metrics, else why not. */
async function refusal(request: FastifyRequest, { token, limiter }: MetricsRouteOptions): Promise<HttpError | undefined> {
  if (token === undefined) {
    if (LOOPBACK.test(request.socket.remoteAddress ?? '') && !proxied(request)) return undefined;
    return new HttpError(403, 'FORBIDDEN', '/metrics answers local callers only; set METRICS_TOKEN to scrape it from elsewhere.');
  }
  const authorization = request.headers.authorization;
  if (!authorization)
    return new HttpError(401, 'UNAUTHENTICATED', '/metrics needs the metrics token: send "Authorization: Bearer <token>".');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (match && timingSafeEqual(digest(match[1]!), digest(token))) return undefined;
  const wait = await limiter?.(request)('failedAuth', { kind: 'invalid' });
  if (wait !== undefined) {
    return new HttpError(429, 'RATE_LIMITED', `Too many requests with an unknown token; retry after ${wait} s.`, {
      'retry-after': String(wait),
    });
  }
  return new HttpError(403, 'FORBIDDEN', 'That is not the metrics token.');
}

export function registerMetricsRoute(app: FastifyInstance, options: MetricsRouteOptions): void {
  const { registry, db } = options;
  new Gauge({
    name: 'neo4j_sessions_running',
    help: 'Neo4j sessions running a unit of work now; each holds one pooled connection',
    registers: [registry],
    collect() {
      this.set(db.runningSessions);
    },
  });
  new Gauge({
    name: 'neo4j_connection_pool_max',
    help: 'The driver connection pool size (NEO4J_MAX_POOL_SIZE)',
    registers: [registry],
    collect() {
      this.set(db.maxPoolSize);
    },
  });
  app.get('/metrics', async (request, reply) => {
    const refused = await refusal(request, options);
    if (refused) return sendError(reply, refused);
    return reply
      .header('content-type', registry.contentType)
      .header('cache-control', 'no-store')
      .send(await registry.metrics());
  });
}
