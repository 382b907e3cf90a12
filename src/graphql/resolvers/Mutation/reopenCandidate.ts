/** Mutation.reopenCandidate: a judgement on a candidate undone (services/reopenCandidate.ts). */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/reopenCandidate';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const reopenCandidate: MutationResolvers['reopenCandidate'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const undone = await runOnce(context.db, writer, 'reopenCandidate', () => service.reopenCandidate(context.db, writer, args.input.id));
  context.loaders.documentMentions.clear(undone.candidate.documentId);
  return undone;
};
