import type { EntityConnectionResolvers } from '../__generated__/resolvers';
import type { EntityPage } from '../../store/records';
import { connection } from './lib/connections';

export const EntityConnection: EntityConnectionResolvers = connection((page: EntityPage, loaders) => loaders.entity.loadMany(page.items));
