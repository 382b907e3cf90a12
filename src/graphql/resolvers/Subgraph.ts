import type { SubgraphResolvers } from '../__generated__/resolvers';
import { loadEntities } from './lib/entities';

export const Subgraph: SubgraphResolvers = {
  nodes: (subgraph, _args, { loaders }) => subgraph.nodes ?? loadEntities(loaders, subgraph.nodeIds),
  edges: (subgraph) => subgraph.edges,
  truncated: (subgraph) => subgraph.truncated,
  cypher: (subgraph) => subgraph.cypher,
};
