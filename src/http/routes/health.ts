/**
 * Liveness and readiness for Docker and Kubernetes probes, on the server's own port.
 * Live: the process answers. Ready: migrations are applied and Neo4j answers now (checked on
 * each probe with a short timeout, so a Neo4j outage turns readiness off within one probe).
 */
import type { Database } from '../../db/database';
import { sendJson } from '../httpError';
import { exactPath, type Route } from '../server';

export interface Readiness {
  /** Set once migrations (and the first seed) are done. */
  graphPrepared: boolean;
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

export function healthRoutes(db: Database, readiness: Readiness): Route[] {
  return [
    {
      matches: exactPath('/health/live'),
      async handle(_request, response) {
        sendJson(response, 200, { status: 'live' });
      },
    },
    {
      matches: exactPath('/health/ready'),
      async handle(_request, response) {
        const neo4j = await neo4jAnswers(db);
        const ready = neo4j && readiness.graphPrepared;
        sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', neo4j, migrations: readiness.graphPrepared });
      },
    },
  ];
}
