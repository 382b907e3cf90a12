/**
 * WIP (#12): the HTTP server on Fastify 5, meant to replace server.ts, readBody.ts, sendFile.ts
 * and closeGracefully.ts. Not wired in yet and not tested; see the branch's commit message.
 * Timeouts and the connection cap are here so a slow client cannot hold the server:
 * a body still arriving after REQUEST_TIMEOUT_MS is cut (Fastify's requestTimeout).
 */
import { randomUUID } from 'node:crypto';
import fastifyApollo, { type ApolloFastifyContextFunction } from '@as-integrations/fastify';
import cors from '@fastify/cors';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestContext } from '../graphql/context';
import type { Logger } from '../logger';
import { MAX_BODY_BYTES } from './readBody';

export const HTTP_DEFAULTS = {
  /** Whole request (headers and body) must arrive within this. */
  requestTimeoutMs: 15_000,
  /** An idle socket (no request yet) is closed after this. */
  connectionTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_024,
} as const;

export interface FastifyServerOptions {
  apollo: ApolloServer<RequestContext>;
  createContext: (request: { requestId: string; headers: HeaderMap }) => Promise<RequestContext>;
  logger: Logger;
  /** Origins allowed by CORS (CORS_ORIGINS); none by default. */
  corsOrigins?: string[];
}

function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export async function createFastifyServer({
  apollo,
  createContext,
  logger,
  corsOrigins = [],
}: FastifyServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: MAX_BODY_BYTES,
    requestTimeout: HTTP_DEFAULTS.requestTimeoutMs,
    connectionTimeout: HTTP_DEFAULTS.connectionTimeoutMs,
    keepAliveTimeout: HTTP_DEFAULTS.keepAliveTimeoutMs,
    // Drain: close() stops accepting, answers requests already received, then resolves.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    disableRequestLogging: true,
  });
  app.server.headersTimeout = HTTP_DEFAULTS.headersTimeoutMs;
  app.server.maxConnections = HTTP_DEFAULTS.maxConnections;

  await app.register(cors, { origin: corsOrigins.length === 0 ? false : corsOrigins });

  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413) return reply.code(413).header('connection', 'close').send(errorBody('PAYLOAD_TOO_LARGE', error.message));
    if (status >= 400 && status < 500) return reply.code(status).send(errorBody('BAD_REQUEST', error.message));
    logger.error({ err: error }, 'unexpected HTTP error');
    return reply.code(500).send(errorBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(errorBody('NOT_FOUND', `No route ${request.url.slice(0, 200)}; GraphQL is served at /graphql.`)),
  );

  const context: ApolloFastifyContextFunction<RequestContext> = async (request, reply) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const requestId = headers.get('x-request-id')?.slice(0, 100) || randomUUID();
    void reply.header('x-request-id', requestId);
    return createContext({ requestId, headers });
  };
  await app.register(fastifyApollo(apollo), { context });
  // TODO: GraphiQL (prefersHtml) on GET /graphql, /explore, /assets via @fastify/static
  // (preCompressed, immutable caching, CSP headers), health routes, rate limits.
  return app;
}
