/** Mutation.addAlias: another name for an entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/addAlias';
import { requireEntity } from '../lib/entities';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const addAlias: MutationResolvers['addAlias'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { entityId, alias } = args.input;
  const { id, changed } = await runOnce(context.db, writer, 'addAlias', () => service.addAlias(context.db, writer, entityId, alias));
  return { entity: await requireEntity(context.loaders, id, 'input.entityId'), changed };
};
