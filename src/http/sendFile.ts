/**
 * Sends one file from disk: its content type, the caller's caching headers, and its gzip twin
 * (`<file>.gz`, written by the web build) when the client accepts gzip. Resolves false, having
 * sent nothing, when the file does not exist, so the caller chooses between 404 and 503.
 */
import * as fs from 'node:fs';
import type * as http from 'node:http';
import { pipeline } from 'node:stream/promises';
import { contentTypeOf } from './contentTypes';

async function statFile(file: string): Promise<fs.Stats | undefined> {
  try {
    const stats = await fs.promises.stat(file);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

function acceptsGzip(request: http.IncomingMessage): boolean {
  return /\bgzip\b(?!;\s*q=0(\.0*)?\b)/i.test(request.headers['accept-encoding'] ?? '');
}

export async function sendFile(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  file: string,
  headers: http.OutgoingHttpHeaders,
): Promise<boolean> {
  const stats = await statFile(file);
  if (!stats) return false;
  const gzipped = acceptsGzip(request) ? await statFile(`${file}.gz`) : undefined;
  response.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-length': (gzipped ?? stats).size,
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
    ...headers,
  });
  if (request.method === 'HEAD') {
    response.end();
    return true;
  }
  await pipeline(fs.createReadStream(gzipped ? `${file}.gz` : file), response);
  return true;
}
