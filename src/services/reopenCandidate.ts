/**
 * reopenCandidate: undoes a rejection. The candidate is OPEN again and the verdicts its rejection
 * kept for later documents are lifted (a verdict another rejection also made stays). Accepting
 * and linking are not undone here: the entity, alias or mention they wrote may have been built on
 * since (merge or edit them instead).
 */
import type { Database } from '../db/database';
import { conflict } from '../errors';
import { findCandidateById } from '../store/candidates';
import type { CandidateRecord } from '../store/records';
import { claimCandidate, reopenCandidate as reopen } from '../store/writes/judgeCandidate';
import { auditedWrite } from './lib/auditedWrite';
import { candidateNotFound } from './lib/openCandidate';
import type { Writer } from './lib/writer';

export async function reopenCandidate(db: Database, writer: Writer, id: string): Promise<CandidateRecord> {
  if (!(await findCandidateById(db, id))) throw candidateNotFound(id);
  return auditedWrite(db, 'reopenCandidate', writer, async (tx) => {
    const candidate = await claimCandidate(tx, id);
    if (!candidate) throw candidateNotFound(id);
    if (candidate.state !== 'REJECTED') throw conflict(`Candidate ${id} is ${candidate.state}: only a rejection can be reopened.`);
    const reopened = await reopen(tx, id);
    const summary = `reopened candidate "${candidate.surface}" of ${candidate.documentId} (rejected by ${candidate.judgement?.editor ?? 'someone'})`;
    return { result: reopened, change: { summary, entityIds: candidate.judgement?.entityId ? [candidate.judgement.entityId] : [] } };
  });
}
