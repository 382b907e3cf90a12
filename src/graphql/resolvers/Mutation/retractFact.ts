/** Mutation.retractFact: hides a fact, keeping who retracted it and why. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/retractFact';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const retractFact: MutationResolvers['retractFact'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { id, reason } = args.input;
  return runOnce(context.db, writer, 'retractFact', () => service.retractFact(context.db, writer, id, reason));
};
