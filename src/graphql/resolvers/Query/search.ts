import type { QueryResolvers } from '../../__generated__/resolvers';
import { boundedText, nonEmptyList } from '../lib/arguments';
import { readPage } from '../lib/pagination';

export const MAX_SEARCH_LENGTH = 500;

/** Query.search: ranked full-text search; any text is safe (see store/search.ts). Aliased searches batch. */
export const search: QueryResolvers['search'] = (_parent, { query, types, ...paging }, { loaders }) => {
  const filter = { text: boundedText(query, 'query', MAX_SEARCH_LENGTH), types: nonEmptyList(types) };
  return readPage(paging, (window) => loaders.search.load({ ...filter, ...window }));
};
