import type { IngestDocumentPayloadResolvers } from '../__generated__/resolvers';
import { notFound } from '../../errors';

export const IngestDocumentPayload: IngestDocumentPayloadResolvers = {
  document: async (result, _args, { loaders }) => {
    const document = await loaders.document.load(result.documentId);
    if (!document) throw notFound(`Document ${result.documentId} vanished.`);
    return document;
  },
  created: (result) => result.created,
  mentions: (result) => result.mentions,
  candidates: (result) => result.candidates,
  ambiguous: (result) => result.ambiguous,
  proposals: (result) => result.proposals,
};
