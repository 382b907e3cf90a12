/** A conflict between sources (domain/conflicts): its entity, facts, sides and their evidence. */
import type {
  ConflictConnectionResolvers,
  ConflictEvidenceResolvers,
  ConflictResolvers,
  ConflictSideResolvers,
} from '../__generated__/resolvers';
import type { Conflict as ConflictRecord } from '../../domain/conflicts';
import type { RelationRecord } from '../../store/records';
import { connection, itemsAreNodes } from './lib/connections';
import { requireDocument } from './lib/documents';
import { requireEntity } from './lib/entities';

export const Conflict: ConflictResolvers = {
  about: (conflict, _args, { loaders }) => requireEntity(loaders, conflict.aboutId, 'about'),
  // A fact retracted or merged away since the statements were read is left out.
  facts: async (conflict, _args, { loaders }) =>
    (await loaders.fact.loadMany(conflict.factIds)).filter((fact): fact is RelationRecord => fact !== null && !(fact instanceof Error)),
};

export const ConflictSide: ConflictSideResolvers = {
  document: (side, _args, { loaders }) => requireDocument(loaders, side.documentId),
};

export const ConflictEvidence: ConflictEvidenceResolvers = {
  relation: (statement, _args, { loaders }) => (statement.factId ? loaders.fact.load(statement.factId) : null),
  proposal: (statement, _args, { loaders }) => (statement.proposalId ? loaders.proposal.load(statement.proposalId) : null),
};

export const ConflictConnection: ConflictConnectionResolvers = connection(itemsAreNodes<ConflictRecord>);
