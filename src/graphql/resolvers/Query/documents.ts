import type { QueryResolvers } from '../../__generated__/resolvers';
import { listDocuments } from '../../../store/documents';
import { pageWindow } from '../lib/pagination';

/** Query.documents: the sources, newest first. */
export const documents: QueryResolvers['documents'] = (_parent, { first, after }, { db }) => listDocuments(db, pageWindow(first, after));
