/**
 * rejectMention: a link the name engine made is wrong. The mention is removed and the verdict kept,
 * so the same surface is never linked to that entity again (nor offered as its match).
 */
import type { Database } from '../db/database';
import { nameKey } from '../domain/nameKey';
import { notFound } from '../errors';
import { recordJudgement, unlinkMention } from '../store/writes/judgeCandidate';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';

export async function rejectMention(
  db: Database,
  writer: Writer,
  mention: { documentId: string; start: number; end: number },
): Promise<{ documentId: string; unlinkedEntityIds: string[] }> {
  return auditedWrite(db, 'rejectMention', writer, async (tx) => {
    const removed = await unlinkMention(tx, mention);
    if (removed.length === 0) throw notFound(`Document ${mention.documentId} has no mention at ${mention.start}-${mention.end}.`);
    for (const { entityId, text } of removed) {
      await recordJudgement(tx, {
        verdict: 'NOT_SAME',
        surface: text,
        surfaceKey: nameKey(text),
        entityId,
        source: `${mention.documentId}:${mention.start}-${mention.end}`,
        editor: writer.name,
        documentId: mention.documentId,
      });
    }
    const summary = `rejected the link of "${removed[0]!.text}" in ${mention.documentId} to ${removed.map((r) => r.entityId).join(', ')}`;
    const unlinkedEntityIds = removed.map((r) => r.entityId);
    return {
      result: { documentId: mention.documentId, unlinkedEntityIds },
      change: { summary, entityIds: unlinkedEntityIds, documentIds: [mention.documentId] },
    };
  });
}
