/** Mutation.upsertEntity: creates or updates an entity, answered with the entity as stored. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/upsertEntity';
import { requireEntity } from '../lib/entities';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const upsertEntity: MutationResolvers['upsertEntity'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { id, created, changed } = await runOnce(context.db, writer, 'upsertEntity', () =>
    service.upsertEntity(context.db, writer, args.input),
  );
  return { entity: await requireEntity(context.loaders, id, 'input.id'), created, changed };
};
