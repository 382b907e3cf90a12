/** Mutation.assertFact: a fact with its evidence, answered with the fact as stored. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/assertFact';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const assertFact: MutationResolvers['assertFact'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  return runOnce(context.db, writer, 'assertFact', () => service.assertFact(context.db, writer, args.input));
};
