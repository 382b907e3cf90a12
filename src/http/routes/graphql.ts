/**
 * POST and GET /graphql: checks the HTTP request (size, JSON) and hands it to Apollo's
 * executeHTTPGraphQLRequest, which does the GraphQL-over-HTTP rules (methods, content types,
 * CSRF prevention, mutations refused over GET).
 */
import { randomUUID } from 'node:crypto';
import type * as http from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { RequestContext } from '../../graphql/context';
import { HttpError } from '../httpError';
import { readBody } from '../readBody';
import { exactPath, type Route } from '../server';

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (!contentType?.toLowerCase().includes('json')) return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

function headerMapOf(request: http.IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export interface GraphQLRouteOptions {
  apollo: ApolloServer<RequestContext>;
  /** Builds the context of one request (graph access, loaders, the caller's identity). */
  createContext: (request: { requestId: string; headers: HeaderMap }) => Promise<RequestContext>;
}

export function graphqlRoute({ apollo, createContext }: GraphQLRouteOptions): Route {
  return {
    matches: exactPath('/graphql'),
    async handle(request, response, url) {
      const headers = headerMapOf(request);
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
        context: () => createContext({ requestId, headers }),
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
    },
  };
}
