/** Mutation.rejectCandidate: not a name, or not that entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/rejectCandidate';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const rejectCandidate: MutationResolvers['rejectCandidate'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { id, notEntityId } = args.input;
  const candidate = await runOnce(context.db, writer, 'rejectCandidate', () =>
    service.rejectCandidate(context.db, writer, id, notEntityId),
  );
  return { candidate };
};
