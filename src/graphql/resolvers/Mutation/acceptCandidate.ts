/** Mutation.acceptCandidate: a name candidate becomes a new entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/acceptCandidate';
import { requireEditor } from '../lib/requireEditor';

export const acceptCandidate: MutationResolvers['acceptCandidate'] = (_parent, { id, entity }, context) =>
  service.acceptCandidate(context.db, requireEditor(context), id, entity);
