/** Static pages and assets answer GET and HEAD only; any other method gets 405, not 404. */
import type { FastifyInstance } from 'fastify';
import { HttpError } from './httpError';

const OTHER_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

export function refuseWrites(app: FastifyInstance, url: string): void {
  const refuse = async () => {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Only GET and HEAD are allowed here.');
  };
  app.route({
    method: [...OTHER_METHODS],
    url,
    // Before the body is read: what a body's content type would be does not matter here.
    onRequest: async (_request, reply) => {
      void reply.header('allow', 'GET, HEAD');
      await refuse();
    },
    handler: refuse,
  });
}
