/** HTTP-level errors (before GraphQL runs): a status, a stable code, a JSON body like GraphQL's. */
import type * as http from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(response: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}

export function sendError(response: http.ServerResponse, error: HttpError): void {
  // After a refused upload the rest of the body may still be arriving: close, don't reuse.
  const headers: http.OutgoingHttpHeaders = error.status === 413 ? { connection: 'close' } : {};
  sendJson(response, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] }, headers);
}
