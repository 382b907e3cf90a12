/** Mutation.mergeEntities: folds one entity into another, answered with the kept entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import { mergeEntities as merge } from '../../../services/mergeEntities';
import { requireEntity } from '../lib/entities';
import { requireEditor } from '../lib/requireEditor';

export const mergeEntities: MutationResolvers['mergeEntities'] = async (_parent, { keepId, mergeId }, context) => {
  const id = await merge(context.db, requireEditor(context), keepId, mergeId);
  return requireEntity(context.loaders, id, 'keepId');
};
