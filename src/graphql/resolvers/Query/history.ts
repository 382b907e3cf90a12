import type { QueryResolvers } from '../../../__generated__/resolvers';
import { notFound } from '../../../errors';
import { findHistory } from '../../../store/history';
import { pageWindow } from '../lib/pagination';

/** Query.history: the recorded changes that touched an entity (or a merged-away id), newest first. */
export const history: QueryResolvers['history'] = async (_parent, { entityId, first, after }, { db }) => {
  const window = pageWindow(first, after);
  const page = await findHistory(db, entityId, window);
  if (!page) throw notFound(`No entity with id "${entityId.slice(0, 100)}".`);
  return { ...page, offset: window.offset };
};
