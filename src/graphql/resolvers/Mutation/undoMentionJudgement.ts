/** Mutation.undoMentionJudgement: a rejected link linked again, or a confirmation or UNSURE mark lifted. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/undoMentionJudgement';
import { requireDocument } from '../lib/documents';
import { loadEntities } from '../lib/entities';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const undoMentionJudgement: MutationResolvers['undoMentionJudgement'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const { documentId, start, end } = args.input;
  const undone = await runOnce(context.db, writer, 'undoMentionJudgement', () =>
    service.undoMentionJudgement(context.db, writer, { documentId, start, end }),
  );
  context.loaders.documentMentions.clear(documentId);
  return {
    document: await requireDocument(context.loaders, documentId),
    relinked: await loadEntities(context.loaders, undone.relinkedEntityIds),
    unconfirmed: await loadEntities(context.loaders, undone.unconfirmedEntityIds),
    unflagged: await loadEntities(context.loaders, undone.unflaggedEntityIds),
  };
};
