import type { QueryResolvers } from '../../../__generated__/resolvers';
import { listDocuments } from '../../../store/documents';
import { pageWindow } from '../lib/pagination';

/** Query.documents: the sources, newest first. */
export const documents: QueryResolvers['documents'] = async (_parent, { first, after }, { db }) => {
  const window = pageWindow(first, after);
  const { totalCount, ids } = await listDocuments(db, window);
  return { totalCount, offset: window.offset, items: ids };
};
