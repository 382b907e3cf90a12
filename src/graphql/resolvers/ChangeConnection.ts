import type { ChangeConnectionResolvers } from '../../__generated__/resolvers';
import { pageInfoOf } from './lib/connections';
import { encodeCursor } from './lib/pagination';

export const ChangeConnection: ChangeConnectionResolvers = {
  totalCount: (page) => page.totalCount,
  edges: (page) => page.items.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node })),
  pageInfo: (page) => pageInfoOf(page),
};
