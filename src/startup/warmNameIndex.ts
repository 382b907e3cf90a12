/**
 * Builds the name index once the graph is prepared, in the background: entity(name:), search,
 * ingestDocument and ask all read names through it, and its first build reads every entity (on a
 * 100,000-entity graph, tens of seconds), which would otherwise fall on the first request that
 * needs it. Requests arriving meanwhile share this build (nameIndexCache.ts); a failure is only
 * logged, as the next request builds it again. `readiness.nameIndex` follows the build, so
 * /health/ready tells when name lookups stop paying for it (the benchmark waits for that).
 */
import type { GraphRunner } from '../db/database';
import type { Readiness } from '../http/routes/health';
import type { Logger } from '../logger';
import { nameResolverOf } from '../services/lib/nameIndexCache';

export function warmNameIndex(db: GraphRunner, logger: Logger, readiness: Readiness): void {
  const started = Date.now();
  readiness.nameIndex = 'building';
  nameResolverOf(db).then(
    ({ index }) => {
      readiness.nameIndex = 'built';
      logger.info({ entities: index.entities.size, ms: Date.now() - started }, 'name index built');
    },
    (err: unknown) => {
      readiness.nameIndex = 'failed';
      logger.warn({ err }, 'building the name index at startup failed; the first lookup builds it');
    },
  );
}
