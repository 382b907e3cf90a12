/** Mutation.acceptProposal: a proposal becomes a fact, or new evidence for the one it corroborates. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/acceptProposal';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const acceptProposal: MutationResolvers['acceptProposal'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  return runOnce(context.db, writer, 'acceptProposal', () => service.acceptProposal(context.db, writer, args.input));
};
