import type { SearchConnectionResolvers } from '../__generated__/resolvers';
import type { SearchPage } from '../../store/records';
import { connection } from './lib/connections';

type Hit = SearchPage['items'][number];

export const SearchConnection: SearchConnectionResolvers = connection(
  (page: SearchPage, loaders) => loaders.entity.loadMany(page.items.map((hit) => hit.entityId)),
  (hit: Hit) => ({ score: hit.score }),
);
