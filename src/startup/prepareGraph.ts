/**
 * Gets the graph ready at startup: wait for Neo4j, apply migrations, seed an empty database.
 * Neo4j being down is not fatal: the server is already serving (liveness yes, readiness no,
 * GraphQL answers SERVICE_UNAVAILABLE) and this retries with capped exponential backoff until
 * Neo4j answers, or until shutdown asks it to stop.
 */
import type { Database } from '../db/database';
import { applyMigrations } from '../db/migrations';
import type { Logger } from '../logger';
import { seedIfEmpty } from './seeding';
import { IDEMPOTENCY_KEY_RETENTION_HOURS, purgeExpiredIdempotencyKeys } from '../store/writes/idempotencyKeys';
import type { Readiness } from '../http/routes/health';

export interface PrepareOptions {
  seedOnEmpty: boolean;
  /** Returns true once shutdown has begun. */
  stopping: () => boolean;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Migrations and the seed are one-off bulk writes: they get far longer than a request's
 * transaction timeout, or a slow machine would time the seed out, roll it back, and fail the
 * same way on every restart.
 */
const PREPARE_TX_TIMEOUT_MS = 300_000;

export async function prepareGraph(client: Database, readiness: Readiness, logger: Logger, options: PrepareOptions): Promise<boolean> {
  const db = client.withTxTimeout(PREPARE_TX_TIMEOUT_MS);
  let delay = options.firstDelayMs ?? 500;
  for (let attempt = 1; !options.stopping(); attempt += 1) {
    try {
      await db.verifyConnectivity();
      await applyMigrations(db);
      await purgeExpiredIdempotencyKeys(db, IDEMPOTENCY_KEY_RETENTION_HOURS);
      if (options.seedOnEmpty) {
        const seeded = await seedIfEmpty(db);
        if (seeded) logger.info(seeded, 'seed graph loaded into the empty database');
      }
      readiness.graphPrepared = true;
      if (attempt > 1) logger.info({ attempt }, 'Neo4j is reachable; the server is ready');
      return true;
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code !== 'SERVICE_UNAVAILABLE') throw error;
      logger.warn({ attempt, retryInMs: delay }, 'Neo4j is not reachable yet; serving SERVICE_UNAVAILABLE until it is');
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, options.maxDelayMs ?? 15_000);
    }
  }
  return false;
}
