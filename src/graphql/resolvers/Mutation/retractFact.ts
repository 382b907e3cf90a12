/** Mutation.retractFact: hides a fact, keeping who retracted it and why. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/retractFact';
import { requireEditor } from '../lib/requireEditor';

export const retractFact: MutationResolvers['retractFact'] = (_parent, { id, reason }, context) =>
  service.retractFact(context.db, requireEditor(context), id, reason);
