/** Mutation.rejectProposal: a wrong proposal, with the reason; not proposed again for the same sentence. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/rejectProposal';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const rejectProposal: MutationResolvers['rejectProposal'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  return runOnce(context.db, writer, 'rejectProposal', () => service.rejectProposal(context.db, writer, args.input));
};
