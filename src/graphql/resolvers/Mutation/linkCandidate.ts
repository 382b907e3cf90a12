/** Mutation.linkCandidate: a name candidate is an existing entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/linkCandidate';
import { requireEditor } from '../lib/requireEditor';

export const linkCandidate: MutationResolvers['linkCandidate'] = (_parent, { id, entityId }, context) =>
  service.linkCandidate(context.db, requireEditor(context), id, entityId);
