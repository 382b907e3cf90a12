import type { CommonConnectionResolvers } from '../__generated__/resolvers';
import { requireEntity } from './lib/entities';

export const CommonConnection: CommonConnectionResolvers = {
  entity: (common, _args, { loaders }) => requireEntity(loaders, common.entityId, 'entity'),
};
