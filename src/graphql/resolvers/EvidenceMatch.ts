import type { EvidenceMatchResolvers } from '../__generated__/resolvers';
import { entityOfDateFactId } from '../../domain/ids';
import type { RelationRecord } from '../../store/records';
import { requireDocument } from './lib/documents';

export const EvidenceMatch: EvidenceMatchResolvers = {
  document: (match, _args, { loaders }) => requireDocument(loaders, match.documentId),
  // One batched read for every passage of the page; a fact retracted since the search is left out.
  facts: async (match, _args, { loaders }) => {
    const factIds = match.evidence.map((item) => item.factId).filter((factId) => entityOfDateFactId(factId) === null);
    const facts = await loaders.fact.loadMany(factIds);
    return facts.filter((fact): fact is RelationRecord => fact !== null && !(fact instanceof Error));
  },
  evidence: (match) => match.evidence,
};
