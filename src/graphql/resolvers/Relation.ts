import type { RelationResolvers } from '../__generated__/resolvers';
import { notFound } from '../../errors';
import { requireEntity } from './lib/entities';

export const Relation: RelationResolvers = {
  other: async (relation, _args, { loaders }) => {
    const other = await loaders.entity.load(relation.otherId);
    // Only reachable if an entity vanished mid-request (a concurrent merge or delete).
    if (!other) throw notFound(`Entity ${relation.otherId} no longer exists.`);
    return other;
  },
  from: (relation, _args, { loaders }) =>
    requireEntity(loaders, relation.direction === 'OUTGOING' ? relation.selfId : relation.otherId, 'from'),
  to: (relation, _args, { loaders }) =>
    requireEntity(loaders, relation.direction === 'OUTGOING' ? relation.otherId : relation.selfId, 'to'),
  evidence: (relation, _args, { loaders }) => loaders.evidence.load(relation.id),
};
