/** Mutation.linkCandidate: a name candidate is an existing entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/linkCandidate';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const linkCandidate: MutationResolvers['linkCandidate'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  return runOnce(context.db, writer, 'linkCandidate', () => service.linkCandidate(context.db, writer, args.id, args.entityId));
};
