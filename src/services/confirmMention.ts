/**
 * confirmMention: an editor says a link the name engine made is right. The mention keeps who
 * confirmed it and when, and the judgement (SAME) is kept with the others, so the review is on
 * record and can be undone (undoMentionJudgement), and a later mention of the same surface that
 * the text leaves ambiguous between this entity and others is linked to it. Confirming again
 * changes nothing.
 */
import type { Database } from '../db/database';
import { confirmMention as confirm } from '../store/writes/undoJudgement';
import { noMention, recordMentionJudgement, type MentionAt } from './lib/mentionJudgement';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';

export async function confirmMention(
  db: Database,
  writer: Writer,
  mention: MentionAt,
): Promise<{ documentId: string; entityIds: string[] }> {
  return auditedWrite(
    db,
    'confirmMention',
    writer,
    async (tx) => {
      const confirmed = await confirm(tx, { ...mention, editor: writer.name });
      if (confirmed.length === 0) throw noMention(mention);
      await recordMentionJudgement(tx, 'SAME', mention, confirmed, writer.name);
      const entityIds = confirmed.map((one) => one.entityId);
      return {
        result: { documentId: mention.documentId, entityIds },
        change: {
          summary: `confirmed the link of "${confirmed[0]!.text}" in ${mention.documentId} to ${entityIds.join(', ')}`,
          entityIds,
          documentIds: [mention.documentId],
        },
      };
    },
    // The confirmation is a verdict the resolver reads (an ambiguous surface later prefers it):
    // the name index and its verdicts are rebuilt.
  );
}
