/**
 * GET /export/<file> and /export/dossier/<entityId>.md (docs/exports.md): the graph, or with
 * `?entity=<id>&depth=<n>` the subgraph around one entity, streamed in the format its name
 * says as it is read. The same token rules as GraphQL reads (the request's context is built by
 * the same factory: READS_REQUIRE_TOKEN, the failed-token limit). Errors before the first byte
 * are answered with their status and code (400 BAD_USER_INPUT, 401, 403, 404 NOT_FOUND); a
 * failure mid-stream can only cut the body short, and is logged.
 */
import { Readable } from 'node:stream';
import { HeaderMap } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { ContextRequest, RequestContext } from '../../graphql/context';
import { EXPORT_FORMATS, startExport, type ExportFormat } from '../../services/exports/exportFormats';
import { HttpError, sendError } from '../httpError';
import type { RequestLimiter } from '../rateLimits';

export interface ExportRouteOptions {
  createContext: (request: ContextRequest & { headers: HeaderMap }) => Promise<RequestContext>;
  limiter?: RequestLimiter;
}

const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
};

function httpErrorOf(error: unknown): HttpError | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const code = String(error.extensions.code ?? '');
  const status = STATUS_OF_CODE[code];
  return status ? new HttpError(status, code, error.message) : undefined;
}

function depthOf(query: Record<string, string | undefined>): number | undefined {
  if (query.depth === undefined) return undefined;
  if (!/^\d{1,2}$/.test(query.depth)) throw new HttpError(400, 'BAD_USER_INPUT', '`depth` must be a whole number.');
  return Number(query.depth);
}

export function registerExportRoutes(app: FastifyInstance, options: ExportRouteOptions): void {
  const answer = async (request: FastifyRequest, reply: FastifyReply, format: ExportFormat, entity: string | undefined, file: string) => {
    const query = request.query as Record<string, string | undefined>;
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    try {
      const context = await options.createContext({ requestId: request.id, headers, rateLimit: options.limiter?.(request) });
      const chunks = await startExport(context.db, format, { entity: entity ?? query.entity ?? null, depth: depthOf(query) ?? null });
      const body = Readable.from(chunks);
      body.on('error', (err) => request.log.error({ err, file }, 'export failed while streaming'));
      return reply
        .header('content-type', format.contentType)
        .header('content-disposition', `attachment; filename="${file.replace(/[^\w.-]/g, '_')}"`)
        .header('cache-control', 'no-store')
        .send(body);
    } catch (error) {
      const refused = error instanceof HttpError ? error : httpErrorOf(error);
      if (refused) return sendError(reply, refused);
      throw error;
    }
  };
  app.get('/export/dossier/:file', (request, reply) => {
    const { file } = request.params as { file: string };
    if (!file.endsWith('.md') || file.length <= 3)
      return sendError(reply, new HttpError(404, 'NOT_FOUND', 'A dossier is /export/dossier/<entityId>.md.'));
    return answer(request, reply, EXPORT_FORMATS.dossier!, file.slice(0, -3), file);
  });
  app.get('/export/:file', (request, reply) => {
    const { file } = request.params as { file: string };
    const format = file === 'dossier' ? undefined : EXPORT_FORMATS[file];
    if (!format) {
      const names = Object.keys(EXPORT_FORMATS).filter((name) => name !== 'dossier');
      return sendError(
        reply,
        new HttpError(404, 'NOT_FOUND', `No export ${file.slice(0, 100)}; there are ${names.join(', ')} and dossier/<entityId>.md.`),
      );
    }
    return answer(request, reply, format, undefined, file);
  });
}
