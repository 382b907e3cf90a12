/**
 * The HTTP server: a plain node:http server dispatching by path to routes (GraphQL, health,
 * pages). A route throws HttpError for a client error; anything else is logged and answered
 * with a bare 500, never a stack trace.
 */
import * as http from 'node:http';
import type { Logger } from '../logger';
import { HttpError, sendError } from './httpError';

export interface Route {
  /**
   * Whether this route serves the request: by path (exact paths, or a prefix for static
   * assets), and for content negotiation by method and headers (GraphiQL vs. GraphQL on /graphql).
   */
  matches(pathname: string, request: http.IncomingMessage, url: URL): boolean;
  handle(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void>;
}

export function exactPath(...paths: string[]): Route['matches'] {
  return (pathname) => paths.includes(pathname);
}

export function createHttpServer({ routes, logger }: { routes: Route[]; logger: Logger }): http.Server {
  return http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = routes.find((candidate) => candidate.matches(url.pathname, request, url));
    const work = route
      ? route.handle(request, response, url)
      : Promise.reject(new HttpError(404, 'NOT_FOUND', `No route ${url.pathname.slice(0, 200)}; GraphQL is served at /graphql.`));
    work.catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (!response.headersSent) sendError(response, error);
        else response.end();
        return;
      }
      logger.error({ err: error, path: url.pathname }, 'unexpected HTTP error');
      if (!response.headersSent) sendError(response, new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
      else response.end();
    });
  });
}
