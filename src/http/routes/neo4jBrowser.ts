/**
 * What Neo4j Browser loads from this server (docs/neo4j-browser.md):
 *   GET /neo4j-browser/style.grass  for `:style <url>` (neo4j/browser/style.grass as it is)
 *   GET /neo4j-browser/guide.html   for `:play <url>` (the saved analyst queries as a guide)
 * Browser fetches them from its own page (Neo4j's port), so they are open to any origin: they
 * are public files, read no data and take no credentials. Browser sends `pragma` and
 * `cache-control` with a guide request, which makes it preflighted; the preflight is answered here
 * too. The Neo4j server must list this server's host in browser.remote_content_hostname_whitelist.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { PROJECT_ROOT } from '../../paths';
import { parseSavedQueries, renderBrowserGuide } from '../browserGuide';
import { HttpError, sendError } from '../httpError';
import { refuseWrites } from '../readOnly';

export const NEO4J_BROWSER_DIR = path.join(PROJECT_ROOT, 'neo4j', 'browser');
export const BROWSER_STYLE_PATH = '/neo4j-browser/style.grass';
export const BROWSER_GUIDE_PATH = '/neo4j-browser/guide.html';

/** Per-route CORS (@fastify/cors merges it over the server-wide allowlist): any origin, GET only. */
const OPEN_TO_BROWSER = {
  cors: { origin: '*', methods: ['GET'], allowedHeaders: ['pragma', 'cache-control', 'accept'], credentials: false },
};

async function readShipped(file: string): Promise<string | undefined> {
  return fs.promises.readFile(path.join(NEO4J_BROWSER_DIR, file), 'utf8').catch(() => undefined);
}

function notShipped(reply: FastifyReply, file: string) {
  return sendError(reply, new HttpError(404, 'NOT_FOUND', `neo4j/browser/${file} is not part of this installation.`));
}

export function registerNeo4jBrowserRoutes(app: FastifyInstance): void {
  app.get(BROWSER_STYLE_PATH, { config: OPEN_TO_BROWSER }, async (_request, reply) => {
    const style = await readShipped('style.grass');
    if (style === undefined) return notShipped(reply, 'style.grass');
    return reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-cache').send(style);
  });
  app.get(BROWSER_GUIDE_PATH, { config: OPEN_TO_BROWSER }, async (request, reply) => {
    const queries = await readShipped('analyst-queries.cypher');
    if (queries === undefined) return notShipped(reply, 'analyst-queries.cypher');
    // The address Browser reached us at, so the guide's `:style` line points back here.
    const origin = `${request.protocol}://${request.host}`;
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .send(renderBrowserGuide(parseSavedQueries(queries), origin));
  });
  for (const url of [BROWSER_STYLE_PATH, BROWSER_GUIDE_PATH]) {
    app.options(url, { config: OPEN_TO_BROWSER }, (_request, reply) => reply.code(204).send());
    refuseWrites(app, url);
  }
}
