/**
 * linkCandidate: a name candidate is an entity the graph has. Its mention is linked; for a new
 * name, its surface also becomes a general alias of the entity, so later documents link it too
 * (an ambiguous mention's surface names several entities: it gets no alias, but the verdict
 * (SAME) is kept, so a later mention the text leaves ambiguous between the same entities is
 * linked to this one).
 */
import type { Database } from '../db/database';
import { nameKey } from '../domain/nameKey';
import { conflict, entityNotFound } from '../errors';
import { findCandidateById } from '../store/candidates';
import { findEntitiesByIds } from '../store/entities';
import type { CandidateRecord } from '../store/records';
import { lockEntityIds } from '../store/writes/lockEntityIds';
import { writeAlias } from '../store/writes/writeAlias';
import { writeBundle } from '../store/writes/loadBundle';
import { markCandidate, recordJudgement } from '../store/writes/judgeCandidate';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';
import { candidateNotFound, claimOpenCandidate } from './lib/openCandidate';

export async function linkCandidate(db: Database, writer: Writer, id: string, entityId: string): Promise<CandidateRecord> {
  const candidate = await findCandidateById(db, id);
  if (!candidate) throw candidateNotFound(id);
  const [entity] = await findEntitiesByIds(db, [entityId]);
  if (!entity) throw entityNotFound(entityId, 'input.entityId');
  const mention = { documentId: candidate.documentId, entityId, text: candidate.surface, start: candidate.start, end: candidate.end };
  return auditedWrite(db, 'linkCandidate', writer, async (tx) => {
    await claimOpenCandidate(tx, id);
    const target = (await lockEntityIds(tx, [entityId])).get(entityId);
    if (!target) throw entityNotFound(entityId, 'input.entityId');
    if (!target.isEntity) throw conflict(`${entityId} was merged into ${target.resolvesTo ?? 'another entity'}: link to that one.`);
    const aliasAdded =
      candidate.kind === 'NEW_NAME' ? await writeAlias(tx, entityId, candidate.surface, nameKey(candidate.surface)) : false;
    if (aliasAdded === undefined) throw entityNotFound(entityId, 'input.entityId');
    await writeBundle(tx, { documents: [], entities: [], mentions: [mention], facts: [], evidence: [] });
    // Kept with the other verdicts: a later document's mention left ambiguous by the same surface
    // is linked to this entity (reopenCandidate lifts it).
    await recordJudgement(tx, {
      verdict: 'SAME',
      surface: candidate.surface,
      surfaceKey: nameKey(candidate.surface),
      entityId,
      editor: writer.name,
      documentId: candidate.documentId,
      source: id,
    });
    const judged = await markCandidate(tx, id, {
      state: 'LINKED',
      editor: writer.name,
      entityId,
      ...(aliasAdded ? { addedAlias: candidate.surface } : {}),
    });
    const summary = `linked candidate "${candidate.surface}" of ${candidate.documentId} to ${entityId}`;
    return { result: judged, change: { summary, entityIds: [entityId], documentIds: [candidate.documentId] } };
  });
}
