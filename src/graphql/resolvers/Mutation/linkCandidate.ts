/** Mutation.linkCandidate: a name candidate is an existing entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/linkCandidate';
import { requireEntity } from '../lib/entities';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const linkCandidate: MutationResolvers['linkCandidate'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { id, entityId } = args.input;
  const candidate = await runOnce(context.db, writer, 'linkCandidate', () => service.linkCandidate(context.db, writer, id, entityId));
  return { candidate, entity: await requireEntity(context.loaders, entityId, 'input.entityId') };
};
