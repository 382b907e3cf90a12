/** Judging a name candidate: it must exist, and be OPEN inside the judging transaction. */
import type { Transaction } from '../../db/transaction';
import { conflict, notFound } from '../../errors';
import { claimCandidate } from '../../store/writes/judgeCandidate';
import type { CandidateRecord } from '../../store/records';

export const candidateNotFound = (id: string) => notFound(`No name candidate ${id}.`);

/** The candidate locked for this transaction; NOT_FOUND, or CONFLICT when already judged (by a racing editor too). */
export async function claimOpenCandidate(tx: Transaction, id: string): Promise<CandidateRecord> {
  const candidate = await claimCandidate(tx, id);
  if (!candidate) throw candidateNotFound(id);
  if (candidate.state !== 'OPEN') {
    throw conflict(`Candidate ${id} was already judged (${candidate.state} by ${candidate.judgement?.editor ?? 'someone'}).`);
  }
  return candidate;
}
