/** HTTP-level errors (before GraphQL runs): a status, a stable code, a JSON body like GraphQL's. */
import type { FastifyReply } from 'fastify';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Response headers that belong to the error (Retry-After on a 429). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export function sendError(reply: FastifyReply, error: HttpError): FastifyReply {
  // After a refused upload the rest of the body may still be arriving: close, don't reuse.
  if (error.status === 413) void reply.header('connection', 'close');
  for (const [name, value] of Object.entries(error.headers)) void reply.header(name, value);
  return reply.code(error.status).header('cache-control', 'no-store').send(errorBody(error.code, error.message));
}
