/** Mutation.markMentionUnsure: a link flagged UNSURE, still linked (services/markMentionUnsure.ts). */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/markMentionUnsure';
import { requireDocument } from '../lib/documents';
import { loadEntities } from '../lib/entities';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const markMentionUnsure: MutationResolvers['markMentionUnsure'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { documentId, start, end, note } = args.input;
  const { entityIds } = await runOnce(context.db, writer, 'markMentionUnsure', () =>
    service.markMentionUnsure(context.db, writer, { documentId, start, end }, note),
  );
  context.loaders.documentMentions.clear(documentId);
  return { document: await requireDocument(context.loaders, documentId), flagged: await loadEntities(context.loaders, entityIds) };
};
