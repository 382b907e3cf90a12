/**
 * /graphql: a browser's GET (or HEAD) without a query gets GraphiQL; everything else goes to
 * Apollo's executeHTTPGraphQLRequest, which applies the GraphQL-over-HTTP rules (methods,
 * content types, CSRF prevention, mutations refused over GET). Every method reaches Apollo, so
 * PUT or DELETE get its 405 rather than a 404.
 *
 * Not @as-integrations/fastify's handler: it builds the query string with
 * `new URL(url, protocol://hostname)`, which throws on a Host header that is not a host name
 * (`Host: a b`), and that request got a 500. The query string is taken from the URL as sent.
 *
 * Bodies reach Apollo as the old hand-written reader passed them: JSON parsed when the content
 * type says JSON, anything else as text, so that Apollo (not Fastify's 415) decides what a
 * text/plain or form body means: its CSRF check refuses them with 400.
 *
 * Answers over 1 KiB are compressed when the client accepts it (brotli, gzip or deflate): a page
 * of relations with their quotes is JSON that shrinks several times. Brotli at quality 4, not
 * its default 11, which costs more CPU than the bytes it saves on a live answer. Static assets
 * are not compressed here: they are served from their prebuilt .gz twins (routes/assets.ts).
 */
import { Readable } from 'node:stream';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContextRequest, RequestContext } from '../../graphql/context';
import { HttpError } from '../httpError';
import type { RequestLimiter } from '../rateLimits';
import { prefersHtml } from '../prefersHtml';
import { sendPage } from './pages';

export interface GraphQLRouteOptions {
  apollo: ApolloServer<RequestContext>;
  /** Builds the context of one request (graph access, loaders, the caller's identity). */
  createContext: (request: ContextRequest & { headers: HeaderMap }) => Promise<RequestContext>;
  /** The built browser pages, for GraphiQL. */
  webDir: string;
  /** Per-client rate limits (../rateLimits.ts); none when absent. */
  limiter?: RequestLimiter;
}

const COMPRESS_ABOVE_BYTES = 1024;

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function headerMapOf(request: FastifyRequest): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function wantsGraphiQL(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const query = request.query as Record<string, unknown> | undefined;
  return query?.query === undefined && prefersHtml(request.headers.accept);
}

function parseBody(body: string, contentType: string | undefined): unknown {
  if (body === '') return undefined;
  if (!contentType?.toLowerCase().includes('json')) return body;
  try {
    return JSON.parse(body);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

export function graphqlRoutes({ apollo, createContext, webDir, limiter }: GraphQLRouteOptions) {
  const executeWithApollo = async (request: FastifyRequest, reply: FastifyReply) => {
    const headers = headerMapOf(request);
    const queryAt = request.url.indexOf('?');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers, search: queryAt < 0 ? '' : request.url.slice(queryAt), body: request.body },
      // request.id is the caller's x-request-id (trimmed) or a new UUID (server.ts genReqId).
      context: () => createContext({ requestId: request.id, headers, rateLimit: limiter?.(request) }),
    });
    for (const [name, value] of result.headers) void reply.header(name, value);
    void reply.code(result.status ?? 200);
    return reply.send(result.body.kind === 'complete' ? result.body.string : Readable.from(result.body.asyncIterator));
  };
  // Encapsulated: the body parsers below apply to /graphql only.
  return async (app: FastifyInstance) => {
    await app.register(compress, {
      threshold: COMPRESS_ABOVE_BYTES,
      encodings: ['br', 'gzip', 'deflate'],
      brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    });
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
      try {
        done(null, parseBody(body as string, request.headers['content-type']));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
    app.route({
      method: METHODS,
      url: '/graphql',
      handler: (request, reply) => (wantsGraphiQL(request) ? sendPage(reply, webDir, 'graphiql.html') : executeWithApollo(request, reply)),
    });
  };
}
