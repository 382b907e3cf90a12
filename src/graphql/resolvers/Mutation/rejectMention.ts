/** Mutation.rejectMention: a wrong link removed, and never made again. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/rejectMention';
import { requireDocument } from '../lib/documents';
import { requireEditor } from '../lib/requireEditor';

export const rejectMention: MutationResolvers['rejectMention'] = async (_parent, { documentId, start, end }, context) => {
  const id = await service.rejectMention(context.db, requireEditor(context), { documentId, start, end });
  context.loaders.documentMentions.clear(id);
  return requireDocument(context.loaders, id);
};
