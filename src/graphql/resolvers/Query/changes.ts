import type { QueryResolvers } from '../../__generated__/resolvers';
import { findChangesAfter } from '../../../store/changeFeed';
import { requireReadToken } from '../../auth';
import { decodeChangeCursor } from '../lib/changeCursors';
import { pageWindow } from '../lib/pagination';
import { checkWatchlist } from '../lib/watchlist';

/**
 * Query.changes: the audit log as a feed, oldest first, after a cursor. It names editors, so it
 * needs a reader or editor token, as `history` does.
 */
export const changes: QueryResolvers['changes'] = async (_parent, { after, first, entityIds }, context) => {
  requireReadToken(context.caller);
  const { first: size } = pageWindow(first, null);
  const from = decodeChangeCursor(after);
  const rows = await findChangesAfter(context.db, { after: from, limit: size + 1, entityIds: checkWatchlist(entityIds) });
  return { after: from, items: rows.slice(0, size), hasNextPage: rows.length > size };
};
