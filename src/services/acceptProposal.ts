/**
 * acceptProposal: a fact proposal becomes a fact, or new evidence for the fact it corroborates,
 * through assertFact's validation (the ends' types against @connects, the quote located verbatim
 * in the stored document) and its write (lib/storeFact.ts), with the proposal marked ACCEPTED in
 * the same audited transaction. Editors may change any part of it (`input`). An end that is a
 * name candidate is the entity its candidate was accepted as or linked to; while the candidate is
 * open (or rejected) the accept is refused, naming the candidate, unless the input gives the end.
 */
import { resolveRedirects } from '../store/redirects';
import type { AcceptProposalInput, AssertFactInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { conflict, notFound } from '../errors';
import { findCandidateById } from '../store/candidates';
import { findDocumentsByIds } from '../store/documents';
import { findFactById } from '../store/facts';
import { findProposalsByIds } from '../store/proposals';
import type { AcceptProposalResult, ProposalEndRecord, ProposalRecord } from '../store/records';
import { claimProposal, markProposal } from '../store/writes/writeProposals';
import { auditedWrite } from './lib/auditedWrite';
import { storeFact } from './lib/storeFact';
import { validateAgainstGraph } from './lib/validateAgainstGraph';
import type { Writer } from './lib/writer';

export const proposalNotFound = (id: string) => notFound(`No fact proposal ${id}.`);

/** The entity an end stands for now; CONFLICT while it is a candidate no editor has made an entity. */
/** An entity id as it is now: a merge since the proposal was read redirects it to the entity kept. */
async function liveId(db: Database, id: string): Promise<string> {
  return (await resolveRedirects(db, [id])).get(id) ?? id;
}

async function entityOfEnd(db: Database, end: ProposalEndRecord, argument: 'from' | 'to'): Promise<string> {
  if (end.kind === 'ENTITY') return liveId(db, end.id);
  const candidate = await findCandidateById(db, end.id);
  const entityId = candidate?.judgement?.entityId;
  if (candidate && (candidate.state === 'ACCEPTED' || candidate.state === 'LINKED') && entityId) return liveId(db, entityId);
  const state = candidate?.state ?? 'gone';
  throw Object.assign(
    conflict(
      `The proposal's ${argument} end is the name candidate ${end.id} ("${end.name}", ${state}), not an entity: ` +
        `accept it (acceptCandidate) or link it to an entity (linkCandidate) first, or give input.${argument}.`,
    ),
    { extensions: { code: 'CONFLICT', argument: `input.${argument}`, candidateId: end.id, candidateState: state } },
  );
}

/** The 1-based occurrence of `quote` in `text` at `start` (the validator locates quotes by occurrence). */
function occurrenceAt(text: string, quote: string, start: number): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1 && at <= start; at = text.indexOf(quote, at + 1)) count += 1;
  return count;
}

/** Where the evidence quote stands: the proposal's clause, or the edited quote (inside the proposal's sentence if it occurs there). */
function quoteAt(text: string, proposal: ProposalRecord, edited: string | null | undefined): { quote: string; occurrence: number } {
  if (edited == null) {
    if (text.slice(proposal.start, proposal.end) !== proposal.quote) {
      throw conflict(`The proposal's quote is no longer at its offsets in document ${proposal.documentId}.`);
    }
    return { quote: proposal.quote, occurrence: occurrenceAt(text, proposal.quote, proposal.start) };
  }
  const inSentence = edited === '' ? -1 : text.indexOf(edited, proposal.sentenceStart);
  const start = inSentence !== -1 && inSentence < proposal.sentenceEnd ? inSentence : text.indexOf(edited);
  // Not found: the validator reports it as for assertFact ("not found verbatim").
  return { quote: edited, occurrence: start === -1 ? 1 : occurrenceAt(text, edited, start) };
}

export async function acceptProposal(db: Database, writer: Writer, input: AcceptProposalInput): Promise<AcceptProposalResult> {
  const [proposal] = await findProposalsByIds(db, [input.id]);
  if (!proposal) throw proposalNotFound(input.id);
  if (proposal.state === 'REJECTED') throw conflict(`Proposal ${input.id} was rejected by ${proposal.judgement?.editor ?? 'someone'}.`);
  if (proposal.state === 'ACCEPTED') return acceptedBefore(db, proposal);
  const from = input.from ?? (await entityOfEnd(db, proposal.from, 'from'));
  const to = input.to ?? (await entityOfEnd(db, proposal.to, 'to'));
  const [document] = await findDocumentsByIds(db, [proposal.documentId]);
  if (!document) throw notFound(`Document ${proposal.documentId} of proposal ${proposal.id} vanished.`);
  const { quote, occurrence } = quoteAt(document.text, proposal, input.quote);
  const status = input.status ?? proposal.status;
  const fact: AssertFactInput = {
    type: input.type ?? proposal.type,
    from,
    to,
    status,
    // An explicit null in the input drops the proposal's date; the validator wants absent, not null.
    date: (input.date !== undefined ? input.date : proposal.date) ?? undefined,
    dateInferred: (input.dateInferred !== undefined ? input.dateInferred : proposal.dateInferred) ?? undefined,
    role: input.role ?? undefined,
    evidence: [{ document: proposal.documentId, quote, occurrence, status }],
  };
  // Problems are reported against the accept's own input: `input.quote`, `input.role`, `input.from`.
  const bundle = await validateAgainstGraph(
    db,
    { documents: [], entities: [], facts: [{ file: 'input', value: fact }] },
    /^facts\[0\](\.evidence\[0\])?/,
  );
  const factId = bundle.facts[0]!.id;
  return auditedWrite<AcceptProposalResult>(db, 'acceptProposal', writer, async (tx) => {
    const claimed = await claimProposal(tx, proposal.id);
    if (!claimed) throw proposalNotFound(proposal.id);
    if (claimed.state !== 'OPEN')
      throw conflict(`Proposal ${proposal.id} was judged meanwhile (${claimed.state} by ${claimed.judgement?.editor ?? 'someone'}).`);
    const { stored, changed, existed } = await storeFact(tx, bundle, { from: 'input.from', to: 'input.to' });
    const marked = await markProposal(tx, proposal.id, { state: 'ACCEPTED', editor: writer.name, reason: null, factId });
    const summary = existed
      ? `accepted proposal ${proposal.id} as ${changed ? 'new ' : 'repeated '}evidence for ${factId}`
      : `accepted proposal ${proposal.id} as new fact ${factId} (${status})`;
    return {
      result: { proposal: marked, relation: stored, corroborated: existed, changed: true },
      change: { summary, entityIds: [from, to], factIds: [factId], documentIds: [proposal.documentId] },
    };
  });
}

/** A repeat: the fact the first accept made (or added evidence to), nothing written. */
async function acceptedBefore(db: Database, proposal: ProposalRecord): Promise<AcceptProposalResult> {
  const factId = proposal.judgement?.factId;
  const relation = factId ? await findFactById(db, factId) : undefined;
  if (!relation) throw conflict(`Proposal ${proposal.id} was accepted, but its fact ${factId ?? '(none)'} is gone (merged or retracted).`);
  return { proposal, relation, corroborated: false, changed: false };
}
