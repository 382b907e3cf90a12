import type { QueryResolvers } from '../../__generated__/graphql';
import { listDocuments } from '../../graph/documents';
import { pageWindow } from '../pagination';

/** Query.documents: the sources, newest first. */
export const documents: QueryResolvers['documents'] = async (_parent, { first, after }, { db }) => {
  const window = pageWindow(first, after);
  const { totalCount, ids } = await listDocuments(db, window);
  return { totalCount, offset: window.offset, items: ids };
};
