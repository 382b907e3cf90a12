/**
 * markMentionUnsure: an editor doubts a link the name engine made. The mention stays linked,
 * flagged with who, when and why; the judgement (UNSURE) is stored with the others, changes no
 * later reading, and is undone by undoMentionJudgement. Marking again changes nothing.
 */
import type { Database } from '../db/database';
import { flagMentionUnsure } from '../store/writes/undoJudgement';
import { noMention, recordMentionJudgement, type MentionAt } from './lib/mentionJudgement';
import { auditedWrite } from './lib/auditedWrite';
import { unsureNoteOf } from './lib/unsureNote';
import type { Writer } from './lib/writer';

export async function markMentionUnsure(
  db: Database,
  writer: Writer,
  mention: MentionAt,
  note: string | null | undefined,
): Promise<{ documentId: string; entityIds: string[] }> {
  const text = unsureNoteOf(note);
  return auditedWrite(
    db,
    'markMentionUnsure',
    writer,
    async (tx) => {
      const flagged = await flagMentionUnsure(tx, { ...mention, editor: writer.name, note: text });
      if (flagged.length === 0) throw noMention(mention);
      const entityIds = flagged.map((one) => one.entityId);
      const result = { documentId: mention.documentId, entityIds };
      const fresh = flagged.filter((one) => one.fresh);
      if (fresh.length === 0) return { result, change: undefined };
      await recordMentionJudgement(tx, 'UNSURE', mention, fresh, writer.name, text);
      return {
        result,
        change: {
          summary: `marked the link of "${flagged[0]!.text}" in ${mention.documentId} to ${entityIds.join(', ')} unsure${text ? `: ${text}` : ''}`,
          entityIds,
          documentIds: [mention.documentId],
        },
      };
    },
    { leavesNamesAlone: true },
  );
}
