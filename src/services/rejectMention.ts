/**
 * rejectMention: a link the name engine made is wrong. The mention is removed and the verdict kept,
 * so the same surface is never linked to that entity again (nor offered as its match).
 */
import type { Database } from '../db/database';
import { nameKey } from '../domain/nameKey';
import { notFound } from '../errors';
import { recordJudgement, unlinkMention } from '../store/writes/judgeCandidate';
import { auditedWrite } from './lib/auditedWrite';

export async function rejectMention(
  db: Database,
  editor: string,
  mention: { documentId: string; start: number; end: number },
): Promise<string> {
  await auditedWrite(db, 'rejectMention', editor, async (tx) => {
    const removed = await unlinkMention(tx, mention);
    if (removed.length === 0) throw notFound(`Document ${mention.documentId} has no mention at ${mention.start}-${mention.end}.`);
    for (const { entityId, text } of removed) {
      await recordJudgement(tx, {
        verdict: 'NOT_SAME',
        surface: text,
        surfaceKey: nameKey(text),
        entityId,
        editor,
        documentId: mention.documentId,
      });
    }
    const summary = `rejected the link of "${removed[0]!.text}" in ${mention.documentId} to ${removed.map((r) => r.entityId).join(', ')}`;
    return { result: undefined, change: { summary, entityIds: removed.map((r) => r.entityId) } };
  });
  return mention.documentId;
}
