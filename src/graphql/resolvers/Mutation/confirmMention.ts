/** Mutation.confirmMention: a link the engine made, confirmed by an editor. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/confirmMention';
import { requireDocument } from '../lib/documents';
import { loadEntities } from '../lib/entities';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const confirmMention: MutationResolvers['confirmMention'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { documentId, start, end } = args.input;
  const { entityIds } = await runOnce(context.db, writer, 'confirmMention', () =>
    service.confirmMention(context.db, writer, { documentId, start, end }),
  );
  context.loaders.documentMentions.clear(documentId);
  return { document: await requireDocument(context.loaders, documentId), confirmed: await loadEntities(context.loaders, entityIds) };
};
