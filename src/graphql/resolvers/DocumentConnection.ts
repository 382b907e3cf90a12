import type { DocumentConnectionResolvers } from '../../__generated__/resolvers';
import { documentEdges, pageInfoOf } from './lib/connections';

export const DocumentConnection: DocumentConnectionResolvers = {
  totalCount: (page) => page.totalCount,
  edges: (page, _args, { loaders }) => documentEdges(page, loaders),
  pageInfo: (page) => pageInfoOf(page),
};
