import type { QueryResolvers } from '../../__generated__/resolvers';
import { entityNotFound } from '../../../errors';
import { findHistory } from '../../../store/history';
import { pageWindow } from '../lib/pagination';
import { requireReadToken } from '../../auth';

/**
 * Query.history: the recorded changes that touched an entity (or a merged-away id), newest first.
 * It names editors and what they wrote, so it needs a reader or editor token even when reads are open.
 */
export const history: QueryResolvers['history'] = async (_parent, { entityId, first, after }, context) => {
  requireReadToken(context.caller);
  const page = await findHistory(context.db, entityId, pageWindow(first, after));
  if (!page) throw entityNotFound(entityId);
  return page;
};
