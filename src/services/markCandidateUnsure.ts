/**
 * markCandidateUnsure: an editor cannot decide a name candidate (a new name or an ambiguous
 * mention). It stays OPEN, in the review queue, flagged with who, when and why; the judgement
 * (UNSURE) is stored with the others, changes no later reading, and is undone by
 * reopenCandidate. Marking again changes nothing (the first editor and time stay).
 */
import type { Database } from '../db/database';
import { nameKey } from '../domain/nameKey';
import { findCandidateById } from '../store/candidates';
import type { CandidateRecord } from '../store/records';
import { flagCandidateUnsure, recordJudgement } from '../store/writes/judgeCandidate';
import { auditedWrite } from './lib/auditedWrite';
import { candidateNotFound, claimOpenCandidate } from './lib/openCandidate';
import { unsureNoteOf } from './lib/unsureNote';
import type { Writer } from './lib/writer';

export async function markCandidateUnsure(
  db: Database,
  writer: Writer,
  id: string,
  note: string | null | undefined,
): Promise<CandidateRecord> {
  const text = unsureNoteOf(note);
  const candidate = await findCandidateById(db, id);
  if (!candidate) throw candidateNotFound(id);
  return auditedWrite(
    db,
    'markCandidateUnsure',
    writer,
    async (tx) => {
      await claimOpenCandidate(tx, id);
      const flagged = await flagCandidateUnsure(tx, { id, editor: writer.name, note: text });
      if (!flagged.fresh) return { result: flagged.candidate, change: undefined };
      await recordJudgement(tx, {
        verdict: 'UNSURE',
        surface: candidate.surface,
        surfaceKey: nameKey(candidate.surface),
        entityId: null,
        editor: writer.name,
        documentId: candidate.documentId,
        source: id,
        note: text,
      });
      const summary = `marked candidate "${candidate.surface}" of ${candidate.documentId} unsure${text ? `: ${text}` : ''}`;
      return {
        result: flagged.candidate,
        change: { summary, entityIds: candidate.matches.map((match) => match.entityId), documentIds: [candidate.documentId] },
      };
    },
    // A doubt changes no name, alias or verdict the resolver reads.
    { leavesNamesAlone: true },
  );
}
