/**
 * A stored fact proposal: its document, its ends (a candidate an editor accepted or linked reads
 * as its entity from then on; an entity merged away since reads as the entity it was merged
 * into), the fact it corroborates, and its judgement.
 */
import type { ProposalConnectionResolvers, ProposalEndResolvers, ProposalResolvers } from '../__generated__/resolvers';
import { RELATION_CUES } from '../../domain/facts';
import type { Loaders } from '../loaders/createLoaders';
import type { ProposalEndRecord, ProposalEndView, ProposalRecord } from '../../store/records';
import { connection, itemsAreNodes } from './lib/connections';
import { requireDocument } from './lib/documents';

const SYMMETRIC = new Set<string>(RELATION_CUES.filter((entry) => entry.symmetric).map((entry) => entry.type));

/** The live entity of an id: itself, or the entity a merge redirected it to; null if neither. */
async function liveEntity(loaders: Loaders, id: string) {
  const entity = await loaders.entity.load(id);
  if (entity) return entity;
  const target = await loaders.redirect.load(id);
  return target ? loaders.entity.load(target) : null;
}

async function endView(loaders: Loaders, end: ProposalEndRecord): Promise<ProposalEndView> {
  if (end.kind === 'ENTITY') {
    // Stored proposals keep the id read at ingest; a merge since redirects it, on read.
    const live = await liveEntity(loaders, end.id);
    return live && live.id !== end.id
      ? { kind: 'ENTITY', id: live.id, name: live.name, type: live.type, text: end.text, candidateId: null }
      : { ...end, candidateId: null };
  }
  const candidate = await loaders.candidate.load(end.id);
  const entityId = candidate && (candidate.state === 'ACCEPTED' || candidate.state === 'LINKED') ? candidate.judgement?.entityId : null;
  const entity = entityId ? await liveEntity(loaders, entityId) : null;
  if (!entity) return { ...end, candidateId: end.id };
  return { kind: 'ENTITY', id: entity.id, name: entity.name, type: entity.type, text: end.text, candidateId: end.id };
}

export const Proposal: ProposalResolvers = {
  document: (proposal, _args, { loaders }) => requireDocument(loaders, proposal.documentId),
  from: (proposal, _args, { loaders }) => endView(loaders, proposal.from),
  to: (proposal, _args, { loaders }) => endView(loaders, proposal.to),
  // ProposalEvidence reads the record's own quote, offsets and sentence.
  evidence: (proposal) => proposal,
  corroborates: async (proposal, _args, { loaders }) => {
    const [from, to] = await Promise.all([endView(loaders, proposal.from), endView(loaders, proposal.to)]);
    if (from.kind !== 'ENTITY' || to.kind !== 'ENTITY') return null;
    return loaders.factByShape.load({ type: proposal.type, fromId: from.id, toId: to.id, symmetric: SYMMETRIC.has(proposal.type) });
  },
  judgement: async (proposal, _args, { loaders }) => {
    if (!proposal.judgement) return null;
    const { editor, at, reason, factId } = proposal.judgement;
    const relation = factId ? await loaders.fact.load(factId) : null;
    return { state: proposal.state, editor, at, reason, relation };
  },
};

export const ProposalEnd: ProposalEndResolvers = {
  entity: (end, _args, { loaders }) => (end.kind === 'ENTITY' ? loaders.entity.load(end.id) : null),
  candidate: (end, _args, { loaders }) => (end.candidateId ? loaders.candidate.load(end.candidateId) : null),
};

export const ProposalConnection: ProposalConnectionResolvers = connection(itemsAreNodes<ProposalRecord>);
