import type { SubscriptionResolvers } from '../../__generated__/resolvers';
import { AppError, ErrorCode, badInput } from '../../../errors';
import { followChanges } from '../../../services/followChanges';
import type { ChangeRecord } from '../../../store/records';
import { MAX_WATCH_DEPTH } from '../../../store/watchedIds';
import { requireReadToken } from '../../auth';
import type { RequestContext } from '../../context';
import { createLoaders } from '../../loaders/createLoaders';
import { decodeChangeCursor } from '../lib/changeCursors';
import { checkWatchlist } from '../lib/watchlist';

/** An iterator whose return() ends the follow at once, even while it waits for the next change. */
function endable(changes: (signal: AbortSignal) => AsyncGenerator<ChangeRecord>): AsyncIterableIterator<ChangeRecord> {
  const ended = new AbortController();
  const inner = changes(ended.signal);
  return {
    next: () => inner.next(),
    return: (value?: unknown) => {
      ended.abort();
      return inner.return(value as undefined);
    },
    throw: (error?: unknown) => {
      ended.abort();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Subscription.changes: the changes touching a watchlist, as they commit (services/followChanges).
 * The same token rule as Query.changes (the changes name editors).
 */
export const changes: SubscriptionResolvers['changes'] = {
  subscribe: (_parent, { entityIds, depth, after }, context) => {
    requireReadToken(context.caller);
    const watched = checkWatchlist(entityIds);
    const reach = depth ?? 0;
    if (!Number.isInteger(reach) || reach < 0 || reach > MAX_WATCH_DEPTH) {
      throw badInput(`\`depth\` must be between 0 and ${MAX_WATCH_DEPTH}; got ${reach}.`, 'depth');
    }
    const from = after === null || after === undefined ? undefined : decodeChangeCursor(after);
    const tail = context.changeTail;
    if (!tail) throw new AppError(ErrorCode.OPERATION_NOT_SUPPORTED, 'Subscriptions are served over graphql-ws on /graphql.');
    return endable((signal) => followChanges(context.db, tail, { entityIds: watched, depth: reach, after: from }, signal));
  },
  // One context serves every event of a subscription: fresh loaders per event, or the entities
  // and evidence of the first change would be cached for the subscription's lifetime.
  resolve: (change: ChangeRecord, _args: unknown, context: RequestContext) => {
    context.loaders = createLoaders(context.db);
    return change;
  },
};
