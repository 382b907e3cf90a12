import type { QueryResolvers } from '../../__generated__/resolvers';
import { findShortestPaths, MAX_HOPS, MAX_PATHS } from '../../../store/paths';
import { boundedInt, nonEmptyList } from '../lib/arguments';
import { requireEntity } from '../lib/entities';

/**
 * Query.paths: "how is X connected to Y", shortest first, each step with its evidence.
 * The paths are read first: a path proves both ends exist, so only no path costs the second
 * round trip that tells an unknown id (NOT_FOUND) from entities that are not connected.
 */
export const paths: QueryResolvers['paths'] = async (_parent, args, { db, loaders }) => {
  const maxHops = boundedInt(args.maxHops, 'maxHops', 4, 1, MAX_HOPS);
  const first = boundedInt(args.first, 'first', 5, 0, MAX_PATHS);
  const found =
    args.from === args.to || first === 0
      ? []
      : loaders.primed(await findShortestPaths(db, args.from, args.to, { maxHops, first, types: nonEmptyList(args.types) }));
  if (found.length === 0) await Promise.all([requireEntity(loaders, args.from, 'from'), requireEntity(loaders, args.to, 'to')]);
  return found;
};
