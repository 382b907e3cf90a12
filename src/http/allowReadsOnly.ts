/** Static pages and assets answer GET and HEAD only. */
import type * as http from 'node:http';
import { HttpError } from './httpError';

export function allowReadsOnly(request: http.IncomingMessage): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Only GET and HEAD are allowed here.');
  }
}
