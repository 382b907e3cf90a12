/** Mutation.unmergeEntity: undoes the latest merge of an id, answered with the restored entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/unmergeEntity';
import { requireEntity } from '../lib/entities';
import { requireEditor } from '../lib/requireEditor';

export const unmergeEntity: MutationResolvers['unmergeEntity'] = async (_parent, { id }, context) => {
  const restored = await service.unmergeEntity(context.db, requireEditor(context), id);
  return requireEntity(context.loaders, restored, 'id');
};
