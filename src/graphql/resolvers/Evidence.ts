import type { EvidenceResolvers } from '../__generated__/resolvers';
import { entityOfDateFactId } from '../../domain/ids';
import { requireDocument } from './lib/documents';

export const Evidence: EvidenceResolvers = {
  // Evidence of a relation page carries its document as the page read it (store/relations.ts).
  document: (evidence, _args, { loaders }) => evidence.pageDocument ?? requireDocument(loaders, evidence.documentId),
  fact: (evidence, _args, { loaders }) => (entityOfDateFactId(evidence.factId) === null ? loaders.fact.load(evidence.factId) : null),
  datedEntity: (evidence, _args, { loaders }) => {
    const entityId = entityOfDateFactId(evidence.factId);
    return entityId === null ? null : loaders.entity.load(entityId);
  },
};
