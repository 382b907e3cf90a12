/**
 * HTTP wiring, kept apart from execution: a plain node:http server that reads and checks the
 * request (method, size, JSON) and hands it to Apollo's executeHTTPGraphQLRequest. Routes:
 * /graphql (GET and POST); everything else is 404.
 */
import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import { createRequestContext, type RequestContext } from './context';

export const MAX_BODY_BYTES = 1_048_576 + 64 * 1024; // a 1 MiB string argument plus the envelope

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Reads the body up to the limit; past it, answers 413 and drains the rest without keeping it. */
function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${MAX_BODY_BYTES} bytes.`);
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      request.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        reject(tooLarge());
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (!contentType?.toLowerCase().includes('json')) return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

function sendError(response: http.ServerResponse, error: HttpError): void {
  const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json; charset=utf-8' };
  if (error.status === 413) headers.connection = 'close';
  response.writeHead(error.status, headers);
  response.end(JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code } }] }));
}

export interface HttpOptions {
  apollo: ApolloServer<RequestContext>;
  db: Database;
  logger: Logger;
}

export function createHttpServer({ apollo, db, logger }: HttpOptions): http.Server {
  return http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) return sendError(response, error);
      logger.error({ err: error }, 'unexpected HTTP error');
      if (!response.headersSent) sendError(response, new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
      else response.end();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql') {
      throw new HttpError(404, 'NOT_FOUND', `No route ${url.pathname}; GraphQL is served at /graphql.`);
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const raw = await readBody(request);
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (request.method ?? 'GET').toUpperCase(),
      headers,
      search: url.search,
      body: parseBody(raw, request.headers['content-type']),
    };
    const requestId = headers.get('x-request-id')?.slice(0, 100) || randomUUID();
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => createRequestContext(db, requestId),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.setHeader('x-request-id', requestId);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }
}
