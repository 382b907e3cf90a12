/**
 * The HTTP server, on Fastify 5: GraphQL (Apollo through our own route, routes/graphql.ts), the
 * browser pages and their assets (@fastify/static), health probes; one pino logger; CORS from
 * an allowlist. The timeouts and the connection cap keep a slow or idle client from holding
 * the server (docs/http.md gives the numbers and their reasons).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import cors from '@fastify/cors';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { HeaderMap, ApolloServer } from '@apollo/server';
import { HTTP_DEFAULTS, NO_RATE_LIMITS, type HttpLimits, type RateLimits } from '../config';
import type { Database } from '../db/database';
import type { ContextRequest, RequestContext } from '../graphql/context';
import type { Logger } from '../logger';
import type { Registry } from '../metrics';
import { AccessLog } from './accessLog';
import { errorBody, HttpError, sendError } from './httpError';
import { registerRateLimits } from './rateLimits';
import { registerResponseMetrics } from './responseMetrics';
import { ASSETS_PREFIX, registerAssetRoutes } from './routes/assets';
import { graphqlRoutes } from './routes/graphql';
import { registerHealthRoutes, type Readiness } from './routes/health';
import { registerExportRoutes } from './routes/exports';
import { registerMetricsRoute } from './routes/metrics';
import { registerNeo4jBrowserRoutes } from './routes/neo4jBrowser';
import { registerSubscriptions, type SubscriptionServerOptions } from './routes/subscriptions';
import { registerExplorerPage } from './routes/pages';

export type { HttpLimits };

/** A 1 MiB string argument plus the envelope. */
export const MAX_BODY_BYTES = 1_048_576 + 64 * 1024;

export interface HttpServerOptions {
  apollo: ApolloServer<RequestContext>;
  createContext: (request: ContextRequest & { headers: HeaderMap }) => Promise<RequestContext>;
  db: Database;
  readiness: Readiness;
  /** The built browser pages (WEB_DIST_DIR; tests pass their own). */
  webDir: string;
  logger: Logger;
  limits?: Partial<HttpLimits>;
  /** Origins allowed by CORS (CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
  /**
   * TRUST_PROXY: proxies whose X-Forwarded-For is believed, so that `request.ip` (rate limits,
   * access log) is the client behind them; none by default, as any client can send the header.
   */
  trustProxy?: string[];
  /** The server's metrics registry (src/metrics.ts), served at /metrics; no route without. */
  metrics?: Registry;
  /** METRICS_TOKEN: who may read /metrics (routes/metrics.ts); loopback callers only when unset. */
  metricsToken?: string;
  /** Per-client limits (RATE_LIMIT_*); none when absent, as tests want. */
  rateLimits?: RateLimits;
  /** graphql-ws's options (graphql/subscriptions.ts) and what to stop on close; no WebSocket without. */
  subscriptions?: { options: SubscriptionServerOptions; onClose: () => void };
}

const MAX_REQUEST_ID = 100;

/** The caller's x-request-id (so a trace crosses services), else a new one. */
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return (typeof given === 'string' && given.slice(0, MAX_REQUEST_ID)) || randomUUID();
}

export async function createHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const { logger, webDir } = options;
  const limits = { ...HTTP_DEFAULTS, ...options.limits };
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new AccessLog(),
    genReqId: requestIdOf,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: MAX_BODY_BYTES,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks request and header deadlines on this interval (30 s by default), so a 15 s
    // deadline could otherwise be enforced at 45 s.
    http: {
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, limits.requestTimeoutMs / 2),
    },
    // Drain (drain.ts): requests already received are answered, not refused with 503.
    return503OnClosing: false,
    forceCloseConnections: false,
  });
  app.server.headersTimeout = limits.headersTimeoutMs;
  app.server.maxConnections = limits.maxConnections;

  const allowed = new Set(options.corsOrigins ?? []);
  await app.register(cors, {
    // A function, not the list: an origin off the list gets no CORS headers at all, and its
    // preflight is not answered as if it were allowed.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
      'idempotency-key',
      'graph-bookmark',
    ],
    exposedHeaders: ['x-request-id', 'x-cypher-round-trips', 'graph-bookmark'],
    maxAge: 600,
  });

  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // While draining, every answer closes its connection, requests that came before the signal
  // included: a kept-alive socket would hold the drain until its keep-alive timeout.
  app.addHook('onSend', async (_request, reply) => {
    if (options.readiness.draining) void reply.header('connection', 'close');
  });

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error);
    const status = error.statusCode ?? 500;
    if (status === 413)
      return sendError(reply, new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${MAX_BODY_BYTES} bytes.`));
    if (status >= 400 && status < 500) return sendError(reply, new HttpError(status, 'BAD_REQUEST', error.message));
    request.log.error({ err: error, path: request.url.split('?')[0] }, 'unexpected HTTP error');
    return sendError(reply, new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
  });
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0]!.slice(0, 200);
    const hint = pathname.startsWith(ASSETS_PREFIX)
      ? 'rebuild with npm run build:web if the page is stale.'
      : 'GraphQL is served at /graphql.';
    return reply
      .code(404)
      .header('cache-control', 'no-store')
      .send(errorBody('NOT_FOUND', `No route ${pathname}; ${hint}`));
  });

  if (options.metrics) registerResponseMetrics(app, options.metrics);
  const limiter = await registerRateLimits(app, options.rateLimits ?? NO_RATE_LIMITS, options.metrics);
  registerHealthRoutes(app, options.db, options.readiness);
  if (options.metrics) registerMetricsRoute(app, { registry: options.metrics, db: options.db, token: options.metricsToken, limiter });
  await registerAssetRoutes(app, webDir);
  registerExplorerPage(app, webDir);
  registerNeo4jBrowserRoutes(app);
  registerExportRoutes(app, { createContext: options.createContext, limiter });
  await app.register(graphqlRoutes({ apollo: options.apollo, createContext: options.createContext, webDir, limiter }));
  if (options.subscriptions) registerSubscriptions(app, options.subscriptions.options, options.subscriptions.onClose);
  return app;
}
