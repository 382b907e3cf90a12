import type { QueryResolvers } from '../../__generated__/resolvers';
import { listDocuments } from '../../../store/documents';
import { readPage } from '../lib/pagination';

/** Query.documents: the sources, newest first. */
export const documents: QueryResolvers['documents'] = (_parent, paging, { db }) => readPage(paging, (window) => listDocuments(db, window));
