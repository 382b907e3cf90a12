import type { SubgraphEdgeResolvers } from '../__generated__/resolvers';

export const SubgraphEdge: SubgraphEdgeResolvers = {
  id: (relation) => relation.id,
  type: (relation) => relation.type,
  source: (relation) => relation.selfId,
  target: (relation) => relation.otherId,
  relation: (relation) => relation,
};
