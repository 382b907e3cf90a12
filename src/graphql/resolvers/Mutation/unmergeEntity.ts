/** Mutation.unmergeEntity: undoes the latest merge of an id, answered with the restored entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/unmergeEntity';
import { requireEntity } from '../lib/entities';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const unmergeEntity: MutationResolvers['unmergeEntity'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { id, changed } = await runOnce(context.db, writer, 'unmergeEntity', () =>
    service.unmergeEntity(context.db, writer, args.input.id),
  );
  return { entity: await requireEntity(context.loaders, id, 'input.id'), changed };
};
