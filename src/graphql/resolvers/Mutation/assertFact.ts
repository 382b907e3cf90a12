/** Mutation.assertFact: a fact with its evidence, answered with the fact as stored. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import { notFound } from '../../../errors';
import * as service from '../../../services/assertFact';
import { findFactById } from '../../../store/facts';
import { requireEditor } from '../lib/requireEditor';

export const assertFact: MutationResolvers['assertFact'] = async (_parent, { input }, context) => {
  const id = await service.assertFact(context.db, requireEditor(context), input);
  const fact = await findFactById(context.db, id);
  if (!fact) throw notFound(`Fact ${id} vanished after it was written.`);
  return fact;
};
