/** Mutation.upsertEntity: creates or updates an entity, answered with the entity as stored. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/upsertEntity';
import { requireEntity } from '../lib/entities';
import { requireEditor } from '../lib/requireEditor';

export const upsertEntity: MutationResolvers['upsertEntity'] = async (_parent, { input }, context) => {
  const id = await service.upsertEntity(context.db, requireEditor(context), input);
  return requireEntity(context.loaders, id, 'input.id');
};
