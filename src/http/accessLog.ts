/**
 * One access-log line per request through the process logger (pino), instead of Fastify's two
 * ("incoming request", "request completed"): method, path without the query string (a GET
 * query carries the whole GraphQL document), status and time. GraphQL requests also get the
 * operation line of graphql/plugins/requestLog.ts, with the same request id.
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

const MAX_PATH = 200;

export class AccessLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      path: request.url.split('?')[0]!.slice(0, MAX_PATH),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}
