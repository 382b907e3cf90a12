/** Mutation.mergeEntities: folds one entity into another, answered with the kept entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/mergeEntities';
import { requireEntity } from '../lib/entities';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const mergeEntities: MutationResolvers['mergeEntities'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { keepId, mergeId } = args.input;
  const { id, changed } = await runOnce(context.db, writer, 'mergeEntities', () =>
    service.mergeEntities(context.db, writer, keepId, mergeId),
  );
  return { entity: await requireEntity(context.loaders, id, 'input.keepId'), mergedId: mergeId, changed };
};
