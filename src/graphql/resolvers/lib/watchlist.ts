/** A list of entity ids to follow (Query.changes, Subscription.changes), checked the same way for both. */
import { badInput } from '../../../errors';

export const MAX_WATCHED_IDS = 100;

/** The ids, deduplicated; null for none given (every change). More than 100 is BAD_USER_INPUT. */
export function checkWatchlist(entityIds: readonly string[] | null | undefined): string[] | null {
  if (entityIds === null || entityIds === undefined) return null;
  const ids = [...new Set(entityIds)];
  if (ids.length > MAX_WATCHED_IDS)
    throw badInput(`\`entityIds\` may list at most ${MAX_WATCHED_IDS} ids; got ${ids.length}.`, 'entityIds');
  return ids;
}
