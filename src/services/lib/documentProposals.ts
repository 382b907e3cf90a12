/**
 * The fact reader (domain/facts, docs/fact-proposals.md) over a document being ingested, its
 * answers turned into proposal records: a `candidate:<start>` end becomes the name candidate the
 * name engine stored at that offset (or the proposal is dropped with a candidate an editor's
 * verdict removed), and the same relation between the same ends made from several sentences is
 * kept once, from its first sentence with its highest confidence (the gold counts one fact per
 * document, and so does the scorer). Nothing here reads the graph.
 */
import { createHash } from 'node:crypto';
import type { EntityType } from '../../__generated__/graphql';
import { proposeFacts, type FactProposal, type ProposalEnd } from '../../domain/facts';
import { lookupName, type NameIndex, type Resolution } from '../../domain/names';
import { nameKey } from '../../domain/nameKey';
import { isEntityType } from '../../domain/ontology';
import type { CandidateRecord, ProposalEndRecord, ProposalRecord } from '../../store/records';

const CANDIDATE_PREFIX = 'candidate:';

const hash = (value: string, length: number) => createHash('sha256').update(value, 'utf8').digest('hex').slice(0, length);

export const proposalIdOf = (documentId: string, type: string, fromId: string, toId: string) =>
  `${documentId}:${type}:${hash(`${fromId}|${toId}`, 12)}`;

/**
 * What a rejection is remembered by: the sentence's words (spacing aside), the relation, and its
 * ends (an entity by id, a new name by its name key, so the same name in a later document counts).
 */
export function judgementKeyOf(sentence: string, type: string, from: ProposalEndRecord, to: ProposalEndRecord): string {
  const end = (e: ProposalEndRecord) => (e.kind === 'ENTITY' ? `e:${e.id}` : `n:${nameKey(e.name)}`);
  return hash(`${sentence.replace(/\s+/g, ' ').trim()}|${type}|${end(from)}|${end(to)}`, 32);
}

function endRecord(end: ProposalEnd, candidates: ReadonlyMap<number, CandidateRecord>): ProposalEndRecord | undefined {
  if (!end.candidate) {
    if (!isEntityType(end.type)) return undefined;
    return { kind: 'ENTITY', id: end.id, name: end.name, type: end.type as EntityType, text: end.span.text };
  }
  const candidate = candidates.get(Number(end.id.slice(CANDIDATE_PREFIX.length)));
  if (!candidate) return undefined;
  return { kind: 'CANDIDATE', id: candidate.id, name: candidate.name, type: candidate.type, text: end.span.text };
}

function recordOf(documentId: string, proposal: FactProposal, from: ProposalEndRecord, to: ProposalEndRecord): ProposalRecord {
  const { clause, sentence, date } = proposal;
  return {
    id: proposalIdOf(documentId, proposal.type, from.id, to.id),
    documentId,
    type: proposal.type,
    from,
    to,
    status: proposal.status,
    statusCue: proposal.statusCue?.text ?? null,
    date: date?.value ?? null,
    datePrecision: date?.precision ?? null,
    dateInferred: date ? date.inferred : null,
    dateText: date?.expression.text ?? null,
    confidence: proposal.confidence,
    cue: proposal.cue.phrase,
    cueText: proposal.cue.span.text,
    role: proposal.role?.text ?? null,
    quote: clause.text,
    start: clause.start,
    end: clause.end,
    sentence: sentence.text,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    judgementKey: judgementKeyOf(sentence.text, proposal.type, from, to),
    state: 'OPEN',
    judgement: null,
  };
}

export interface ProposalInput {
  documentId: string;
  text: string;
  publishedAt: string | null | undefined;
  resolution: Resolution;
  /** The document's new-name candidates as stored (after editors' verdicts). */
  candidates: readonly CandidateRecord[];
  index: NameIndex;
}

/** The document's proposals in text order, one per relation and pair of ends. */
export function documentProposals(input: ProposalInput): ProposalRecord[] {
  const { documentId, index } = input;
  const facts = proposeFacts({
    text: input.text,
    publishedAt: input.publishedAt ?? null,
    resolution: input.resolution,
    entityOf: (id) => index.entities.get(id),
    entityNamed: (name) => lookupName(name, index)?.entityId,
  });
  const candidates = new Map(input.candidates.filter((c) => c.kind === 'NEW_NAME').map((c) => [c.start, c]));
  const kept = new Map<string, ProposalRecord>();
  for (const fact of facts) {
    const from = endRecord(fact.from, candidates);
    const to = endRecord(fact.to, candidates);
    if (!from || !to || (from.kind === to.kind && from.id === to.id)) continue;
    const record = recordOf(documentId, fact, from, to);
    const first = kept.get(record.id);
    if (!first) kept.set(record.id, record);
    else if (record.confidence > first.confidence) first.confidence = record.confidence;
  }
  return [...kept.values()];
}
