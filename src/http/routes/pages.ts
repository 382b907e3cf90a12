/**
 * The browser pages bundled into dist/web by `npm run build:web`: GraphiQL for a browser's
 * GET /graphql (sent by routes/graphql.ts) and the explorer at /explore (their assets:
 * assets.ts). Pages are revalidated on every load (they name the current asset hashes); the
 * ETag makes that a 304 when nothing changed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { refuseWrites } from '../readOnly';

/**
 * The pages load only what this server sends them (offline by construction: a CDN URL would be
 * refused); GraphiQL's editor needs inline styles and its workers.
 */
const PAGE_SECURITY_HEADERS = {
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
  'x-content-type-options': 'nosniff',
};

export type PageName = 'graphiql.html' | 'explore.html';

/** Sends one page of the bundle, or 503 saying how to build it when the server runs without one. */
export async function sendPage(reply: FastifyReply, webDir: string, page: PageName): Promise<FastifyReply> {
  const built = await fs.promises.stat(path.join(webDir, page)).then(
    (stats) => stats.isFile(),
    () => false,
  );
  if (!built) {
    // Not a client error: the server was started without the bundle. Say how to make it.
    return reply
      .code(503)
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', 'no-store')
      .send('The web pages are not built: run `npm run build:web` (npm start and npm run build do it).\n');
  }
  return reply.headers({ ...PAGE_SECURITY_HEADERS, 'cache-control': 'no-cache' }).sendFile(page, webDir, { cacheControl: false });
}

export function registerExplorerPage(app: FastifyInstance, webDir: string): void {
  for (const url of ['/explore', '/explore/']) {
    app.get(url, (_request, reply) => sendPage(reply, webDir, 'explore.html'));
    refuseWrites(app, url);
  }
}
