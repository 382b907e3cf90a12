/** The pages' hashed assets under /assets/ (dist/web/assets), cached for a year: a new build names new files. */
import * as path from 'node:path';
import { allowReadsOnly } from '../allowReadsOnly';
import { HttpError } from '../httpError';
import { fileInsideFolder } from '../insideFolder';
import type { Route } from '../server';
import { sendFile } from '../sendFile';

export function webAssetsRoute(webDir: string): Route {
  const prefix = '/assets/';
  const assetsDir = path.join(webDir, 'assets');
  return {
    matches: (pathname) => pathname.startsWith(prefix),
    async handle(request, response, url) {
      allowReadsOnly(request);
      const file = fileInsideFolder(assetsDir, url.pathname.slice(prefix.length));
      if (!file) throw new HttpError(400, 'BAD_REQUEST', 'The path leaves the assets folder.');
      const sent = await sendFile(request, response, file, { 'cache-control': 'public, max-age=31536000, immutable' });
      if (!sent)
        throw new HttpError(
          404,
          'NOT_FOUND',
          `No asset ${url.pathname.slice(0, 200)}; rebuild with npm run build:web if the page is stale.`,
        );
    },
  };
}
