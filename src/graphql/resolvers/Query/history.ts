import type { QueryResolvers } from '../../__generated__/resolvers';
import { entityNotFound } from '../../../errors';
import { findHistory } from '../../../store/history';
import { pageWindow } from '../lib/pagination';

/** Query.history: the recorded changes that touched an entity (or a merged-away id), newest first. */
export const history: QueryResolvers['history'] = async (_parent, { entityId, first, after }, { db }) => {
  const page = await findHistory(db, entityId, pageWindow(first, after));
  if (!page) throw entityNotFound(entityId);
  return page;
};
