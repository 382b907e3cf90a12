/**
 * Stores a document's fact proposals (inside the ingest's transaction) as
 * (:Proposal)-[:PROPOSED_IN]->(:Document) nodes keyed by their id, so a repeated write creates
 * nothing new and a judgement already made is kept. Ends are kept as properties (kind, id, name,
 * type, words), not relationships: a proposal is no fact, and an end may be a name candidate.
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { toProposalRecord } from '../proposals';
import type { ProposalRecord } from '../records';

const writeProposalsQuery: NamedQuery = {
  name: 'writeProposals',
  cypher: `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId})
    MERGE (p:Proposal {id: row.id})
    ON CREATE SET p += row, p.state = 'OPEN'
    MERGE (p)-[:PROPOSED_IN]->(d)`,
};

/** The flat properties a proposal is stored with (toProposalRecord reads them back). */
function rowOf({ from, to, state: _state, judgement: _judgement, ...proposal }: ProposalRecord): Record<string, unknown> {
  return {
    ...proposal,
    fromKind: from.kind,
    fromId: from.id,
    fromName: from.name,
    fromType: from.type,
    fromText: from.text,
    toKind: to.kind,
    toId: to.id,
    toName: to.name,
    toType: to.type,
    toText: to.text,
  };
}

export async function writeProposals(tx: Transaction, proposals: readonly ProposalRecord[]): Promise<void> {
  if (proposals.length === 0) return;
  await tx.run(writeProposalsQuery, { rows: proposals.map(rowOf) });
}

const markProposalQuery: NamedQuery = {
  name: 'markProposal',
  cypher: `
    MATCH (p:Proposal {id: $id})
    SET p.state = $state, p.judgedBy = $editor, p.judgedAt = toString(datetime()), p.rejectReason = $reason, p.factId = $factId
    RETURN p { .* } AS proposal`,
};

/** Records an editor's verdict on a proposal claimed in the same transaction; answers it as stored. */
export async function markProposal(
  tx: Transaction,
  id: string,
  judgement: { state: 'ACCEPTED' | 'REJECTED'; editor: string; reason: string | null; factId: string | null },
): Promise<ProposalRecord> {
  const [row] = await tx.run<{ proposal: Record<string, unknown> }>(markProposalQuery, { id, ...judgement });
  return toProposalRecord(row!.proposal);
}

const claimProposalQuery: NamedQuery = {
  name: 'claimProposal',
  cypher: `
    MATCH (p:Proposal {id: $id})
    SET p.claimLock = true
    REMOVE p.claimLock
    RETURN p { .* } AS proposal`,
};

/** The proposal, locked for this transaction (of two racing judgements one waits); undefined when there is none. */
export async function claimProposal(tx: Transaction, id: string): Promise<ProposalRecord | undefined> {
  const [row] = await tx.run<{ proposal: Record<string, unknown> }>(claimProposalQuery, { id });
  return row ? toProposalRecord(row.proposal) : undefined;
}
