/**
 * Liveness and readiness for Docker and Kubernetes probes, on the server's own port.
 * Live: the process answers. Ready: migrations are applied and Neo4j answers now (checked on
 * each probe with a short timeout, so a Neo4j outage turns readiness off within one probe).
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database';

export interface Readiness {
  /** Set once migrations (and the first seed) are done. */
  graphPrepared: boolean;
  /** Set when shutdown begins: a load balancer stops sending before the listener closes. */
  draining?: boolean;
}

const PROBE_TIMEOUT_MS = 2_000;

async function neo4jAnswers(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      db.verifyConnectivity().then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealthRoutes(app: FastifyInstance, db: Database, readiness: Readiness): void {
  app.get('/health/live', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'live' }));
  app.get('/health/ready', async (_request, reply) => {
    const neo4j = await neo4jAnswers(db);
    const ready = neo4j && readiness.graphPrepared && !readiness.draining;
    return reply
      .code(ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: ready ? 'ready' : 'not ready', neo4j, migrations: readiness.graphPrepared, draining: readiness.draining === true });
  });
}
