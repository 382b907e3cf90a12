import type { QueryResolvers } from '../../__generated__/resolvers';

/** Query.document: a source document by id, or null. */
export const document: QueryResolvers['document'] = (_parent, { id }, { loaders }) => loaders.document.load(id);
