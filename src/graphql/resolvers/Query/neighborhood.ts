import type { QueryResolvers } from '../../__generated__/resolvers';
import { entityNotFound } from '../../../errors';
import { findNeighborhood, MAX_DEPTH, MAX_NODES } from '../../../store/neighborhood';
import { boundedInt, nonEmptyList } from '../lib/arguments';
import { selectsOnly } from '../lib/selection';

/** What a brief read of the subgraph answers (store/neighborhood.ts): anything else selected reads it whole. */
const BRIEF_NODE_FIELDS = new Set(['id', 'name', 'type', '__typename']);
const BRIEF_EDGE_FIELDS = new Set(['id', 'type', 'source', 'target', '__typename']);

/** Query.neighborhood: a bounded subgraph around one entity, ready to draw. */
export const neighborhood: QueryResolvers['neighborhood'] = async (_parent, args, { db, loaders }, info) => {
  const depth = boundedInt(args.depth, 'depth', 1, 1, MAX_DEPTH);
  const limit = boundedInt(args.limit, 'limit', 50, 1, MAX_NODES);
  const brief = { nodes: selectsOnly(info, ['nodes'], BRIEF_NODE_FIELDS), edges: selectsOnly(info, ['edges'], BRIEF_EDGE_FIELDS) };
  const subgraph = loaders.primed(await findNeighborhood(db, args.id, { depth, limit, types: nonEmptyList(args.types), brief }));
  if (!subgraph) throw entityNotFound(args.id, 'id');
  return subgraph;
};
