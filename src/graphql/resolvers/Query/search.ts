import type { QueryResolvers } from '../../__generated__/resolvers';
import { boundedText, nonEmptyList } from '../lib/arguments';
import { pageWindow } from '../lib/pagination';

export const MAX_SEARCH_LENGTH = 500;

/** Query.search: ranked full-text search; any text is safe (see store/search.ts). Aliased searches batch. */
export const search: QueryResolvers['search'] = (_parent, { query, types, first, after }, { loaders }) =>
  loaders.search.load({ text: boundedText(query, 'query', MAX_SEARCH_LENGTH), types: nonEmptyList(types), ...pageWindow(first, after) });
