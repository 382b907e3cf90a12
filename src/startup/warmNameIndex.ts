/**
 * Builds the name index once the graph is prepared, in the background: entity(name:), search,
 * ingestDocument and ask all read names through it, and its first build reads every entity (on a
 * 100,000-entity graph, tens of seconds), which would otherwise fall on the first request that
 * needs it. Requests arriving meanwhile share this build (nameIndexCache.ts); a failure is only
 * logged, as the next request builds it again.
 */
import type { GraphRunner } from '../db/database';
import type { Logger } from '../logger';
import { nameResolverOf } from '../services/lib/nameIndexCache';

export function warmNameIndex(db: GraphRunner, logger: Logger): void {
  const started = Date.now();
  nameResolverOf(db).then(
    ({ index }) => logger.info({ entities: index.entities.size, ms: Date.now() - started }, 'name index built'),
    (err: unknown) => logger.warn({ err }, 'building the name index at startup failed; the first lookup builds it'),
  );
}
