/**
 * The pages' hashed assets under /assets/ (dist/web/assets) through @fastify/static: cached for
 * a year (a new build names new files), the gzip twin written by the web build sent to clients
 * that accept it, ETag/304 and ranges. A path that would leave the folder is refused before the
 * file server sees it.
 */
import * as path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { contentTypeOf } from '../contentTypes';
import { HttpError } from '../httpError';
import { fileInsideFolder } from '../insideFolder';
import { refuseWrites } from '../readOnly';

export const ASSETS_PREFIX = '/assets/';

/** Registered on the root instance: the file server's reply.sendFile also serves the pages. */
export async function registerAssetRoutes(app: FastifyInstance, webDir: string): Promise<void> {
  const assetsDir = path.join(webDir, 'assets');
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith(ASSETS_PREFIX)) return;
    const rest = request.url.slice(ASSETS_PREFIX.length).split('?')[0]!;
    if (!fileInsideFolder(assetsDir, rest)) throw new HttpError(400, 'BAD_REQUEST', 'The path leaves the assets folder.');
  });
  await app.register(fastifyStatic, {
    root: assetsDir,
    prefix: ASSETS_PREFIX,
    // Before `npm run build:web` the folder is missing: pages answer 503, assets 404.
    suppressWarning: true,
    preCompressed: true,
    maxAge: 365 * 24 * 3600 * 1000,
    immutable: true,
    index: false,
    dotfiles: 'deny',
    setHeaders(reply, file) {
      void reply.header('content-type', contentTypeOf(file.replace(/\.(gz|br)$/, ''))).header('x-content-type-options', 'nosniff');
    },
  });
  refuseWrites(app, `${ASSETS_PREFIX}*`);
}
