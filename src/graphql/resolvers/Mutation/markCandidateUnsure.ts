/** Mutation.markCandidateUnsure: a candidate flagged UNSURE, still OPEN (services/markCandidateUnsure.ts). */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/markCandidateUnsure';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const markCandidateUnsure: MutationResolvers['markCandidateUnsure'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { id, note } = args.input;
  const candidate = await runOnce(context.db, writer, 'markCandidateUnsure', () =>
    service.markCandidateUnsure(context.db, writer, id, note),
  );
  return { candidate };
};
