import type { QueryResolvers } from '../../__generated__/resolvers';
import { entityNotFound } from '../../../errors';
import { findNeighborhood, MAX_DEPTH, MAX_NODES } from '../../../store/neighborhood';
import { boundedInt, nonEmptyList } from '../lib/arguments';

/** Query.neighborhood: a bounded subgraph around one entity, ready to draw. */
export const neighborhood: QueryResolvers['neighborhood'] = async (_parent, args, { db, loaders }) => {
  const depth = boundedInt(args.depth, 'depth', 1, 1, MAX_DEPTH);
  const limit = boundedInt(args.limit, 'limit', 50, 1, MAX_NODES);
  const subgraph = loaders.primed(await findNeighborhood(db, args.id, { depth, limit, types: nonEmptyList(args.types) }));
  if (!subgraph) throw entityNotFound(args.id, 'id');
  return subgraph;
};
