import type { EntityConnectionResolvers } from '../../__generated__/resolvers';
import { entityEdges, pageInfoOf } from './lib/connections';

export const EntityConnection: EntityConnectionResolvers = {
  totalCount: (page) => page.totalCount,
  edges: (page, _args, { loaders }) => entityEdges(page, loaders),
  pageInfo: (page) => pageInfoOf(page),
};
