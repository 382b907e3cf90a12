import type { QueryResolvers } from '../../__generated__/resolvers';
import { askQuestion, MAX_QUESTION_LENGTH } from '../../../services/askQuestion';
import { boundedText } from '../lib/arguments';

/** Query.ask: a plain-words question answered from the graph's facts (services/askQuestion). */
export const ask: QueryResolvers['ask'] = async (_parent, { question }, { db, loaders }) =>
  loaders.primed(await askQuestion(db, boundedText(question, 'question', MAX_QUESTION_LENGTH)));
