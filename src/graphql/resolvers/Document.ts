import type { DocumentResolvers } from '../__generated__/resolvers';
import { pageWindow } from './lib/pagination';

export const Document: DocumentResolvers = {
  facts: (document, { first, after }, { loaders }) =>
    loaders.documentFacts.load({ documentId: document.id, window: pageWindow(first, after) }),
  mentions: (document, _args, { loaders }) => loaders.documentMentions.load(document.id),
  candidates: async (document, { state }, { loaders }) =>
    (await loaders.documentCandidates.load(document.id)).filter((candidate) => state == null || candidate.state === state),
};
