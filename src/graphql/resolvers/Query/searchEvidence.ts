import type { QueryResolvers } from '../../__generated__/resolvers';
import { searchEvidence as searchEvidenceInStore } from '../../../store/searchEvidence';
import { boundedText } from '../lib/arguments';
import { readPage } from '../lib/pagination';
import { MAX_SEARCH_LENGTH } from './search';

/** Query.searchEvidence: ranked full-text search over evidence quotes (store/searchEvidence.ts). */
export const searchEvidence: QueryResolvers['searchEvidence'] = (_parent, { query, ...paging }, { db, loaders }) => {
  const text = boundedText(query, 'query', MAX_SEARCH_LENGTH);
  return readPage(paging, async (window) => loaders.primed(await searchEvidenceInStore(db, text, window)));
};
