import type { QueryResolvers } from '../../__generated__/resolvers';
import { searchEntities } from '../../../store/search';
import { boundedText, nonEmptyList } from '../lib/arguments';
import { pageWindow } from '../lib/pagination';

export const MAX_SEARCH_LENGTH = 500;

/** Query.search: ranked full-text search; any text is safe (see graph/search.ts). */
export const search: QueryResolvers['search'] = async (_parent, { query, types, first, after }, { db, loaders }) =>
  loaders.primed(
    await searchEntities(db, boundedText(query, 'query', MAX_SEARCH_LENGTH), { types: nonEmptyList(types), ...pageWindow(first, after) }),
  );
