/**
 * rejectProposal: an editor says a proposal is wrong, and why. The verdict is kept on the
 * proposal; ingestDocument reads it back by the proposal's judgement key (the sentence, the
 * relation and its ends), so the same proposal is not made again for the same sentence.
 */
import type { RejectProposalInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { MAX_RETRACT_REASON } from '../domain/bundle/bundleSchema';
import { badInput, conflict } from '../errors';
import type { RejectProposalResult } from '../store/records';
import { claimProposal, markProposal } from '../store/writes/writeProposals';
import { auditedWrite } from './lib/auditedWrite';
import { proposalNotFound } from './acceptProposal';
import type { Writer } from './lib/writer';

export async function rejectProposal(db: Database, writer: Writer, input: RejectProposalInput): Promise<RejectProposalResult> {
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > MAX_RETRACT_REASON) {
    throw badInput(`A reason of 1 to ${MAX_RETRACT_REASON} characters is required; got ${reason.length}.`, 'input.reason');
  }
  return auditedWrite<RejectProposalResult>(db, 'rejectProposal', writer, async (tx) => {
    const proposal = await claimProposal(tx, input.id);
    if (!proposal) throw proposalNotFound(input.id);
    if (proposal.state === 'ACCEPTED') {
      throw conflict(`Proposal ${input.id} was accepted as ${proposal.judgement?.factId ?? 'a fact'}; retract that fact instead.`);
    }
    if (proposal.state === 'REJECTED') return { result: { proposal, changed: false }, change: undefined };
    const marked = await markProposal(tx, input.id, { state: 'REJECTED', editor: writer.name, reason, factId: null });
    const entityIds = [proposal.from, proposal.to].filter((end) => end.kind === 'ENTITY').map((end) => end.id);
    const summary = `rejected proposal ${input.id} (${proposal.type} ${proposal.from.name} -> ${proposal.to.name}): ${reason.slice(0, 200)}`;
    return { result: { proposal: marked, changed: true }, change: { summary, entityIds, documentIds: [proposal.documentId] } };
  });
}
