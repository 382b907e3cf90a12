import type { EvidenceResolvers } from '../__generated__/resolvers';
import { requireDocument } from './lib/documents';

export const Evidence: EvidenceResolvers = {
  document: (evidence, _args, { loaders }) => requireDocument(loaders, evidence.documentId),
};
