/** Mutation.rejectMention: a wrong link removed, and never made again. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/rejectMention';
import { requireDocument } from '../lib/documents';
import { loadEntities } from '../lib/entities';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const rejectMention: MutationResolvers['rejectMention'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { documentId, start, end } = args.input;
  const { unlinkedEntityIds } = await runOnce(context.db, writer, 'rejectMention', () =>
    service.rejectMention(context.db, writer, { documentId, start, end }),
  );
  context.loaders.documentMentions.clear(documentId);
  return { document: await requireDocument(context.loaders, documentId), unlinked: await loadEntities(context.loaders, unlinkedEntityIds) };
};
