import type { CommonNeighborResolvers } from '../__generated__/resolvers';
import { requireEntity } from './lib/entities';

export const CommonNeighbor: CommonNeighborResolvers = {
  entity: (common, _args, { loaders }) => requireEntity(loaders, common.entityId, 'entity'),
};
