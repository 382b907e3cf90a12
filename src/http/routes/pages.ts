/**
 * The browser pages bundled into dist/web by `npm run build:web`: GraphiQL for a browser's
 * GET /graphql and the explorer at /explore (their assets: assets.ts). Pages are never cached:
 * they name the current asset hashes.
 */
import type * as http from 'node:http';
import * as path from 'node:path';
import { allowReadsOnly } from '../allowReadsOnly';
import { prefersHtml } from '../prefersHtml';
import { exactPath, type Route } from '../server';
import { sendFile } from '../sendFile';

/**
 * The pages load only what this server sends them (offline by construction: a CDN URL would be
 * refused); GraphiQL's editor needs inline styles and its workers.
 */
const PAGE_SECURITY_HEADERS: http.OutgoingHttpHeaders = {
  'content-security-policy': [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'referrer-policy': 'no-referrer',
};

function pageRoute(webDir: string, page: string, matches: Route['matches']): Route {
  return {
    matches,
    async handle(request, response) {
      allowReadsOnly(request);
      const sent = await sendFile(request, response, path.join(webDir, page), { 'cache-control': 'no-cache', ...PAGE_SECURITY_HEADERS });
      if (sent) return;
      // Not a client error: the server was started without the bundle. Say how to make it.
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      response.end('The web pages are not built: run `npm run build:web` (npm start and npm run build do it).\n');
    },
  };
}

/** GraphiQL, for a browser's GET (or HEAD) /graphql without a query; must come before the GraphQL route. */
export function graphiqlPageRoute(webDir: string): Route {
  return pageRoute(
    webDir,
    'graphiql.html',
    (pathname, request, url) =>
      pathname === '/graphql' &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !url.searchParams.has('query') &&
      prefersHtml(request.headers.accept),
  );
}

export function explorerPageRoute(webDir: string): Route {
  return pageRoute(webDir, 'explore.html', exactPath('/explore', '/explore/'));
}
