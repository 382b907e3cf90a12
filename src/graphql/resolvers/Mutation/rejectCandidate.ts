/** Mutation.rejectCandidate: not a name, or not that entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/rejectCandidate';
import { requireEditor } from '../lib/requireEditor';

export const rejectCandidate: MutationResolvers['rejectCandidate'] = (_parent, { id, notEntityId }, context) =>
  service.rejectCandidate(context.db, requireEditor(context), id, notEntityId);
