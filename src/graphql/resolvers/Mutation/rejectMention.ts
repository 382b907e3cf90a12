/** Mutation.rejectMention: a wrong link removed, and never made again. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/rejectMention';
import { requireDocument } from '../lib/documents';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const rejectMention: MutationResolvers['rejectMention'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const id = await runOnce(context.db, writer, 'rejectMention', () =>
    service.rejectMention(context.db, writer, { documentId: args.documentId, start: args.start, end: args.end }),
  );
  context.loaders.documentMentions.clear(id);
  return requireDocument(context.loaders, id);
};
