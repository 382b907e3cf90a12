/**
 * rejectCandidate: a name candidate is not a name (the surface is not proposed again), or, with
 * `notEntityId`, its surface is not that entity (never linked to it or offered as its match again).
 */
import type { Database } from '../db/database';
import { nameKey } from '../domain/nameKey';
import { entityNotFound } from '../errors';
import { findCandidateById } from '../store/candidates';
import { findEntitiesByIds } from '../store/entities';
import type { CandidateRecord } from '../store/records';
import { markCandidate, recordJudgement } from '../store/writes/judgeCandidate';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';
import { candidateNotFound, claimOpenCandidate } from './lib/openCandidate';

export async function rejectCandidate(
  db: Database,
  writer: Writer,
  id: string,
  notEntityId: string | null | undefined,
): Promise<CandidateRecord> {
  const candidate = await findCandidateById(db, id);
  if (!candidate) throw candidateNotFound(id);
  if (notEntityId && (await findEntitiesByIds(db, [notEntityId])).length === 0) throw entityNotFound(notEntityId, 'input.notEntityId');
  return auditedWrite(db, 'rejectCandidate', writer, async (tx) => {
    await claimOpenCandidate(tx, id);
    const surface = {
      surface: candidate.surface,
      surfaceKey: nameKey(candidate.surface),
      editor: writer.name,
      documentId: candidate.documentId,
      source: id,
    };
    // An ambiguous mention is a name; rejecting it without an entity only closes it.
    if (notEntityId) await recordJudgement(tx, { verdict: 'NOT_SAME', entityId: notEntityId, ...surface });
    else if (candidate.kind === 'NEW_NAME') await recordJudgement(tx, { verdict: 'NOT_A_NAME', entityId: null, ...surface });
    const judged = await markCandidate(tx, id, { state: 'REJECTED', editor: writer.name, entityId: notEntityId ?? null });
    const summary = notEntityId
      ? `rejected "${candidate.surface}" of ${candidate.documentId} as ${notEntityId}`
      : `rejected candidate "${candidate.surface}" of ${candidate.documentId}: not a name`;
    return { result: judged, change: { summary, entityIds: notEntityId ? [notEntityId] : [], documentIds: [candidate.documentId] } };
  });
}
