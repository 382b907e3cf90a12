import type { QueryResolvers } from '../../__generated__/resolvers';
import { entityNotFound } from '../../../errors';
import { findHistory } from '../../../store/history';
import { readPage } from '../lib/pagination';
import { requireReadToken } from '../../auth';

/**
 * Query.history: the recorded changes that touched an entity (or a merged-away id), newest first.
 * It names editors and what they wrote, so it needs a reader or editor token even when reads are open.
 */
export const history: QueryResolvers['history'] = async (_parent, { entityId, ...paging }, context) => {
  requireReadToken(context.caller);
  const page = await readPage(paging, (window) => findHistory(context.db, entityId, window));
  if (!page) throw entityNotFound(entityId);
  return page;
};
