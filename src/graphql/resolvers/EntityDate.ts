import type { EntityDateResolvers } from '../__generated__/resolvers';

export const EntityDate: EntityDateResolvers = {
  evidence: (date, _args, { loaders }) => loaders.evidence.load(date.factId),
};
