/**
 * Per-client rate limits (config.ts RateLimits, docs/http.md) counted by @fastify/rate-limit's
 * in-memory store, one store per limit and per server. Not route hooks: whether a request is a
 * failed authentication or a mutation is known only once its token is checked and its operation
 * resolved, so the GraphQL layer asks (context.ts, graphql/plugins/rateLimits.ts) through the
 * function returned here, bound to the Fastify request for the client's address.
 *
 * The client is its token's name when it sent a known token, else its IP address; failed
 * authentication is always counted per IP (the presented token is the caller's choice). A known
 * token is never refused for someone else's failures: tokens are 16+ characters, so guessing
 * one at 20 tries a minute is hopeless, and locking known tokens out would let anyone behind
 * the same address (a NAT, a proxy) lock out the editors.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter } from 'prom-client';
import type { RateLimits } from '../config';
import type { Caller } from '../graphql/auth';
import type { RateLimiter, RateLimitKind } from '../graphql/context';
import type { Registry } from '../metrics';

/** Binds the limits to one request (its address); undefined when every limit is off. */
export type RequestLimiter = (request: FastifyRequest) => RateLimiter;

const KEY = Symbol('rate-limit key');
type KeyedRequest = FastifyRequest & { [KEY]: string };

function clientKey(kind: RateLimitKind, caller: Caller, ip: string): string {
  if (kind !== 'failedAuth' && (caller.kind === 'editor' || caller.kind === 'reader')) return `${caller.kind}:${caller.name}`;
  return `ip:${ip}`;
}

export async function registerRateLimits(
  app: FastifyInstance,
  limits: RateLimits,
  registry?: Registry,
): Promise<RequestLimiter | undefined> {
  const maxima: Array<[RateLimitKind, number]> = [
    ['failedAuth', limits.failedAuth],
    ['mutation', limits.mutations],
    ['read', limits.reads],
  ];
  if (maxima.every(([, max]) => max === 0)) return undefined;
  await app.register(rateLimit, { global: false });
  const limited = registry
    ? new Counter({
        name: 'http_rate_limited_total',
        help: 'Requests answered 429, by limit',
        labelNames: ['limit'],
        registers: [registry],
      })
    : undefined;
  const checks = new Map(
    maxima
      .filter(([, max]) => max > 0)
      .map(([kind, max]) => [
        kind,
        app.createRateLimit({ max, timeWindow: limits.windowMs, keyGenerator: (request) => (request as KeyedRequest)[KEY] }),
      ]),
  );
  return (request) => async (kind, caller) => {
    const check = checks.get(kind);
    if (!check) return undefined;
    // A child of the request (routeOptions and the rest still reached) carrying this check's key.
    const keyed = Object.create(request, { [KEY]: { value: clientKey(kind, caller, request.ip) } }) as KeyedRequest;
    const verdict = await check(keyed);
    if (verdict.isAllowed || !verdict.isExceeded) return undefined;
    limited?.inc({ limit: kind });
    return Math.max(1, verdict.ttlInSeconds);
  };
}
