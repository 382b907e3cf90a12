/** Mutation.mergeEntities: folds one entity into another, answered with the kept entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/mergeEntities';
import { requireEntity } from '../lib/entities';
import { requireEditor } from '../lib/requireEditor';

export const mergeEntities: MutationResolvers['mergeEntities'] = async (_parent, { keepId, mergeId }, context) => {
  const id = await service.mergeEntities(context.db, requireEditor(context), keepId, mergeId);
  return requireEntity(context.loaders, id, 'keepId');
};
