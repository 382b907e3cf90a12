/** A judgement on a linked mention (rejectMention, confirmMention, markMentionUnsure), kept with the editors' other verdicts on names. */
import type { Transaction } from '../../db/transaction';
import { nameKey } from '../../domain/nameKey';
import { notFound } from '../../errors';
import { recordJudgement } from '../../store/writes/judgeCandidate';
import { mentionSource } from '../../store/writes/undoJudgement';

export interface MentionAt {
  documentId: string;
  start: number;
  end: number;
}

export const noMention = (mention: MentionAt) =>
  notFound(`Document ${mention.documentId} has no mention at ${mention.start}-${mention.end}.`);

export async function recordMentionJudgement(
  tx: Transaction,
  verdict: 'SAME' | 'NOT_SAME' | 'UNSURE',
  mention: MentionAt,
  linked: Array<{ entityId: string; text: string }>,
  editor: string,
  note: string | null = null,
): Promise<void> {
  for (const { entityId, text } of linked) {
    await recordJudgement(tx, {
      verdict,
      surface: text,
      surfaceKey: nameKey(text),
      entityId,
      source: mentionSource(mention),
      editor,
      documentId: mention.documentId,
      onMention: true,
      note,
    });
  }
}
