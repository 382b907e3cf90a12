/**
 * undoMentionJudgement: takes back the latest judgement on a linked mention. A rejected link
 * (rejectMention) is linked again and its "not that entity" verdict lifted, so later documents
 * may link the surface again; a confirmation (confirmMention) or an UNSURE mark (markMentionUnsure) is lifted. NOT_FOUND when the
 * mention has no judgement to undo.
 */
import type { Database } from '../db/database';
import { notFound } from '../errors';
import { takeBackMentionJudgement } from '../store/writes/undoJudgement';
import { auditedWrite } from './lib/auditedWrite';
import type { MentionAt } from './lib/mentionJudgement';
import type { Writer } from './lib/writer';

export interface UndoneMentionJudgement {
  documentId: string;
  /** The entities linked again (an undone rejection), and those no longer confirmed. */
  relinkedEntityIds: string[];
  unconfirmedEntityIds: string[];
  unflaggedEntityIds: string[];
}

export async function undoMentionJudgement(db: Database, writer: Writer, mention: MentionAt): Promise<UndoneMentionJudgement> {
  return auditedWrite(db, 'undoMentionJudgement', writer, async (tx) => {
    const taken = await takeBackMentionJudgement(tx, mention);
    if (!taken) throw notFound(`No judgement on the mention at ${mention.start}-${mention.end} of document ${mention.documentId}.`);
    const relinked = taken.verdict === 'NOT_SAME' && taken.relinked > 0;
    const summary =
      taken.verdict === 'NOT_SAME'
        ? `undid the rejected link of "${taken.surface}" in ${mention.documentId} to ${taken.entityId}${relinked ? ': linked again' : ' (the entity is gone: not linked)'}`
        : taken.verdict === 'UNSURE'
          ? `undid the unsure mark on the link of "${taken.surface}" in ${mention.documentId} to ${taken.entityId}`
          : `undid the confirmed link of "${taken.surface}" in ${mention.documentId} to ${taken.entityId}`;
    return {
      result: {
        documentId: mention.documentId,
        relinkedEntityIds: relinked ? [taken.entityId] : [],
        unconfirmedEntityIds: taken.verdict === 'SAME' ? [taken.entityId] : [],
        unflaggedEntityIds: taken.verdict === 'UNSURE' ? [taken.entityId] : [],
      },
      change: { summary, entityIds: [taken.entityId], documentIds: [mention.documentId], details: { undid: taken.verdict } },
    };
  });
}
