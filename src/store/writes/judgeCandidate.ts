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
                  j.onMention = $onMention, j.note = $note`,
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

/**
 * SAME: a link an editor confirmed (confirmMention, linkCandidate): preferred when the surface is
 * ambiguous later. UNSURE: an editor's doubt, kept as a record only (it changes no reading).
 */
export type Verdict = 'SAME' | 'NOT_SAME' | 'NOT_A_NAME' | 'UNSURE';

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
    /** Why, in the editor's words (an UNSURE mark's note). */
    note?: string | null;
  },
): Promise<void> {
  const id = `${judgement.verdict}:${judgement.surfaceKey}:${judgement.entityId ?? ''}:${judgement.source}`;
  await tx.run(recordJudgementQuery, { id, ...judgement, onMention: judgement.onMention ?? false, note: judgement.note ?? null });
}

/** Removes a mention; undefined when the document has none at those offsets. */
export async function unlinkMention(
  tx: Transaction,
  mention: { documentId: string; start: number; end: number },
): Promise<Array<{ entityId: string; text: string }>> {
  return tx.run<{ entityId: string; text: string }>(unlinkMentionQuery, mention);
}

// An UNSURE mark made before the judgement stays: undoing the judgement leaves the candidate as it was then.
const reopenCandidateQuery: NamedQuery = {
  name: 'reopenNameCandidate',
  cypher: `
    MATCH (c:NameCandidate {id: $id})
    CALL (c) { MATCH (j:NameJudgement {source: c.id}) WHERE j.verdict <> 'UNSURE' AND NOT coalesce(j.onMention, false) DELETE j }
    SET c.state = 'OPEN'
    REMOVE c.judgedBy, c.judgedAt, c.judgedEntityId, c.addedAlias
    RETURN c { .* } AS candidate`,
};

/** Back to OPEN, with the verdicts its rejection kept for later documents lifted (undoJudgement.ts undoes the rest). */
export async function reopenCandidate(tx: Transaction, id: string): Promise<CandidateRecord> {
  const [row] = await tx.run<{ candidate: Record<string, unknown> }>(reopenCandidateQuery, { id });
  return toCandidateRecord(row!.candidate);
}

const flagCandidateUnsureQuery: NamedQuery = {
  name: 'flagNameCandidateUnsure',
  cypher: `
    MATCH (c:NameCandidate {id: $id})
    WITH c, c.unsureBy IS NULL AS fresh
    SET c.unsureBy = CASE WHEN fresh THEN $editor ELSE c.unsureBy END,
        c.unsureAt = CASE WHEN fresh THEN toString(datetime()) ELSE c.unsureAt END,
        c.unsureNote = CASE WHEN fresh THEN $note ELSE c.unsureNote END
    RETURN c { .* } AS candidate, fresh`,
};

/** Flags a (claimed, OPEN) candidate UNSURE; `fresh: false` when it was flagged already (the first mark stays). */
export async function flagCandidateUnsure(
  tx: Transaction,
  mark: { id: string; editor: string; note: string | null },
): Promise<{ candidate: CandidateRecord; fresh: boolean }> {
  const [row] = await tx.run<{ candidate: Record<string, unknown>; fresh: boolean }>(flagCandidateUnsureQuery, mark);
  return { candidate: toCandidateRecord(row!.candidate), fresh: row!.fresh };
}

const liftCandidateUnsureQuery: NamedQuery = {
  name: 'liftNameCandidateUnsure',
  cypher: `
    MATCH (c:NameCandidate {id: $id})
    CALL (c) { MATCH (j:NameJudgement {source: c.id, verdict: 'UNSURE'}) WHERE NOT coalesce(j.onMention, false) DELETE j }
    REMOVE c.unsureBy, c.unsureAt, c.unsureNote
    RETURN c { .* } AS candidate`,
};

/** Lifts a candidate's UNSURE mark and its stored judgement. */
export async function liftCandidateUnsure(tx: Transaction, id: string): Promise<CandidateRecord> {
  const [row] = await tx.run<{ candidate: Record<string, unknown> }>(liftCandidateUnsureQuery, { id });
  return toCandidateRecord(row!.candidate);
}
