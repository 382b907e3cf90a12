/** Mutation.retractFact: hides a fact, keeping who retracted it and why. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import { retractFact as retract } from '../../../services/retractFact';
import { requireEditor } from '../lib/requireEditor';

export const retractFact: MutationResolvers['retractFact'] = (_parent, { id, reason }, context) =>
  retract(context.db, requireEditor(context), id, reason);
