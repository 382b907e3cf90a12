import type { RelationConnectionResolvers } from '../../__generated__/resolvers';
import { encodeCursor } from './lib/pagination';

export const RelationConnection: RelationConnectionResolvers = {
  totalCount: (page) => page.totalCount,
  edges: (page) => page.relations.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node })),
  pageInfo: (page) => {
    const last = page.offset + page.relations.length - 1;
    return {
      hasNextPage: last + 1 < page.totalCount,
      endCursor: page.relations.length > 0 ? encodeCursor(last) : null,
    };
  },
};
