/**
 * Editors' judgements on name candidates and links, inside a mutation's transaction: a candidate
 * is claimed (locked, then read, so of two racing judgements exactly one sees it OPEN) and marked
 * with the verdict, who and when; a verdict that must hold for later documents is kept as a
 * (:NameJudgement) keyed by the surface's name key and the entity, read back by nameJudgements.ts.
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { toCandidateRecord } from '../candidates';
import type { CandidateRecord, CandidateState } from '../records';

const claimCandidateQuery: NamedQuery = {
  name: 'claimNameCandidate',
  cypher: `
    MATCH (c:NameCandidate {id: $id})
    SET c.claimLock = true
    REMOVE c.claimLock
    RETURN c { .* } AS candidate`,
};

const markCandidateQuery: NamedQuery = {
  name: 'markNameCandidate',
  cypher: `
    MATCH (c:NameCandidate {id: $id})
    SET c.state = $state, c.judgedBy = $editor, c.judgedAt = toString(datetime()), c.judgedEntityId = $entityId,
        c.addedAlias = $addedAlias
    RETURN c { .* } AS candidate`,
};

const recordJudgementQuery: NamedQuery = {
  name: 'recordNameJudgement',
  cypher: `
    MERGE (j:NameJudgement {id: $id})
    ON CREATE SET j.verdict = $verdict, j.surfaceKey = $surfaceKey, j.surface = $surface, j.entityId = $entityId,
                  j.editor = $editor, j.at = toString(datetime()), j.documentId = $documentId, j.source = $source,
                  j.onMention = $onMention`,
};

const unlinkMentionQuery: NamedQuery = {
  name: 'unlinkMention',
  cypher: `
    MATCH (:Document {id: $documentId})-[m:MENTIONS {start: $start, end: $end}]->(e:Entity)
    WITH m, e, m.text AS text
    DELETE m
    RETURN e.id AS entityId, text`,
};

/** The candidate, locked for this transaction; undefined when there is none. */
export async function claimCandidate(tx: Transaction, id: string): Promise<CandidateRecord | undefined> {
  const [row] = await tx.run<{ candidate: Record<string, unknown> }>(claimCandidateQuery, { id });
  return row ? toCandidateRecord(row.candidate) : undefined;
}

export async function markCandidate(
  tx: Transaction,
  id: string,
  judgement: { state: CandidateState; editor: string; entityId: string | null; addedAlias?: string },
): Promise<CandidateRecord> {
  // `addedAlias`: the alias the judgement gave the entity, which undoing it takes back.
  const [row] = await tx.run<{ candidate: Record<string, unknown> }>(markCandidateQuery, { id, addedAlias: null, ...judgement });
  return toCandidateRecord(row!.candidate);
}

/** SAME: a link an editor confirmed (kept as a record; it changes no later reading). */
export type Verdict = 'SAME' | 'NOT_SAME' | 'NOT_A_NAME';

/**
 * Keeps a verdict for later documents, one per `source` (the candidate or mention judged), so
 * reopening one candidate lifts only its own verdict. Idempotent: the first editor and time stay.
 */
export async function recordJudgement(
  tx: Transaction,
  judgement: {
    verdict: Verdict;
    surface: string;
    surfaceKey: string;
    entityId: string | null;
    editor: string;
    documentId: string;
    source: string;
    /** A judgement on a linked mention (rejectMention, confirmMention), not on a candidate. */
    onMention?: boolean;
  },
): Promise<void> {
  const id = `${judgement.verdict}:${judgement.surfaceKey}:${judgement.entityId ?? ''}:${judgement.source}`;
  await tx.run(recordJudgementQuery, { id, ...judgement, onMention: judgement.onMention ?? false });
}

/** Removes a mention; undefined when the document has none at those offsets. */
export async function unlinkMention(
  tx: Transaction,
  mention: { documentId: string; start: number; end: number },
): Promise<Array<{ entityId: string; text: string }>> {
  return tx.run<{ entityId: string; text: string }>(unlinkMentionQuery, mention);
}

const reopenCandidateQuery: NamedQuery = {
  name: 'reopenNameCandidate',
  cypher: `
    MATCH (c:NameCandidate {id: $id})
    CALL (c) { MATCH (j:NameJudgement {source: c.id}) DELETE j }
    SET c.state = 'OPEN'
    REMOVE c.judgedBy, c.judgedAt, c.judgedEntityId, c.addedAlias
    RETURN c { .* } AS candidate`,
};

/** Back to OPEN, with the verdicts its rejection kept for later documents lifted (undoJudgement.ts undoes the rest). */
export async function reopenCandidate(tx: Transaction, id: string): Promise<CandidateRecord> {
  const [row] = await tx.run<{ candidate: Record<string, unknown> }>(reopenCandidateQuery, { id });
  return toCandidateRecord(row!.candidate);
}
