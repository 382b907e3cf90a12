import type { SearchConnectionResolvers } from '../../__generated__/resolvers';
import { pageInfoOf, searchEdges } from './lib/connections';

export const SearchConnection: SearchConnectionResolvers = {
  totalCount: (page) => page.totalCount,
  edges: (page, _args, { loaders }) => searchEdges(page, loaders),
  pageInfo: (page) => pageInfoOf(page),
};
