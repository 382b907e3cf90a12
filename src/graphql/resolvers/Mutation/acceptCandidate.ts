/** Mutation.acceptCandidate: a name candidate becomes a new entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/acceptCandidate';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const acceptCandidate: MutationResolvers['acceptCandidate'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  return runOnce(context.db, writer, 'acceptCandidate', () => service.acceptCandidate(context.db, writer, args.id, args.entity));
};
