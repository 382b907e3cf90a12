/**
 * Every HTTP answer counted by route and status, at the HTTP layer: GraphQL's own metrics
 * (graphql/plugins/metrics.ts) only see requests that reach Apollo, so a malformed body (400), an
 * oversized one (413), an unknown route (404) or a refused /metrics scrape would not show. And
 * the answers Node gives before Fastify sees a request at all (a body that trickles past the
 * request deadline: 408; headers too large: 431; a request that is not HTTP: 400) are counted
 * from the server's `clientError` event, under the route `(none)`.
 */
import type { FastifyInstance } from 'fastify';
import { Counter } from 'prom-client';
import type { Registry } from '../metrics';

/** The label for requests that matched no route: their URLs are the client's, unbounded. */
const UNMATCHED = '(unmatched)';
const BEFORE_ROUTING = '(none)';

/** The status Node answers a client error with (node's lib/_http_server.js). */
function clientErrorStatus(error: NodeJS.ErrnoException): string {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return '408';
  if (error.code === 'HPE_HEADER_OVERFLOW') return '431';
  return '400';
}

export function registerResponseMetrics(app: FastifyInstance, registry: Registry): void {
  const responses = new Counter({
    name: 'http_responses_total',
    help: 'HTTP answers by method, route pattern and status, those refused before GraphQL included',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? UNMATCHED;
    responses.inc({ method: request.method, route, status: String(reply.statusCode) });
  });
  app.server.on('clientError', (error: NodeJS.ErrnoException) => {
    // ECONNRESET and friends: the client went away, nothing was answered.
    if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
    responses.inc({ method: '', route: BEFORE_ROUTING, status: clientErrorStatus(error) });
  });
}
