/**
 * Liveness and readiness for Docker and Kubernetes probes, on the server's own port.
 * Live: the process answers. Ready: migrations are applied and a query works now: a read
 * transaction on the served database, not only a connection (a Neo4j that accepts Bolt while
 * its database is still starting is not ready), within PROBE_TIMEOUT_MS, so an outage turns
 * readiness off within one probe and a probe never hangs.
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database';
import { probeGraph } from '../../store/probe';

export interface Readiness {
  /** Set once migrations (and the first seed) are done. */
  graphPrepared: boolean;
  /** Set when shutdown begins: a load balancer stops sending before the listener closes. */
  draining?: boolean;
  /**
   * The startup build of the name index (startup/warmNameIndex.ts): reported, not a condition of
   * readiness, since requests meanwhile share the build and only wait for it; 'failed' leaves the
   * build to the first lookup. Absent until the graph is prepared.
   */
  nameIndex?: 'building' | 'built' | 'failed';
}

const PROBE_TIMEOUT_MS = 2_000;
/** Server-side bound of the probe's transaction, below the probe's own. */
const PROBE_TX_TIMEOUT_MS = 1_000;

async function neo4jAnswers(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      probeGraph(db.withTxTimeout(PROBE_TX_TIMEOUT_MS)).then(
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
      .send({
        status: ready ? 'ready' : 'not ready',
        neo4j,
        migrations: readiness.graphPrepared,
        draining: readiness.draining === true,
        nameIndex: readiness.nameIndex ?? 'not started',
      });
  });
}
