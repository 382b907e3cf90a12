/** Mutation.assertFact: a fact with its evidence, answered with the fact as stored. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/assertFact';
import { requireEditor } from '../lib/requireEditor';

export const assertFact: MutationResolvers['assertFact'] = async (_parent, { input }, context) =>
  service.assertFact(context.db, requireEditor(context), input);
