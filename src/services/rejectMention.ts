/**
 * rejectMention: a link the name engine made is wrong. The mention is removed and the verdict kept,
 * so the same surface is never linked to that entity again (nor offered as its match).
 */
import type { Database } from '../db/database';
import { unlinkMention } from '../store/writes/judgeCandidate';
import { noMention, recordMentionJudgement } from './lib/mentionJudgement';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';

export async function rejectMention(
  db: Database,
  writer: Writer,
  mention: { documentId: string; start: number; end: number },
): Promise<{ documentId: string; unlinkedEntityIds: string[] }> {
  return auditedWrite(db, 'rejectMention', writer, async (tx) => {
    const removed = await unlinkMention(tx, mention);
    if (removed.length === 0) throw noMention(mention);
    await recordMentionJudgement(tx, 'NOT_SAME', mention, removed, writer.name);
    const summary = `rejected the link of "${removed[0]!.text}" in ${mention.documentId} to ${removed.map((r) => r.entityId).join(', ')}`;
    const unlinkedEntityIds = removed.map((r) => r.entityId);
    return {
      result: { documentId: mention.documentId, unlinkedEntityIds },
      change: { summary, entityIds: unlinkedEntityIds, documentIds: [mention.documentId] },
    };
  });
}
