/** Mutation.addAlias: another name for an entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/addAlias';
import { requireEntity } from '../lib/entities';
import { requireEditor } from '../lib/requireEditor';

export const addAlias: MutationResolvers['addAlias'] = async (_parent, { entityId, alias }, context) => {
  const id = await service.addAlias(context.db, requireEditor(context), entityId, alias);
  return requireEntity(context.loaders, id, 'entityId');
};
