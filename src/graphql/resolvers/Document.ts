import type { DocumentResolvers } from '../__generated__/resolvers';
import { notFound } from '../../errors';
import { readPage } from './lib/pagination';

export const Document: DocumentResolvers = {
  text: async (document, _args, { loaders }) => {
    if (document.text !== undefined) return document.text;
    const text = await loaders.documentText.load(document.id);
    // Only reachable if the document vanished mid-request.
    if (text === null) throw notFound(`Document ${document.id} no longer exists.`);
    return text;
  },
  facts: (document, paging, { loaders }) => readPage(paging, (window) => loaders.documentFacts.load({ documentId: document.id, window })),
  mentions: (document, _args, { loaders }) => loaders.documentMentions.load(document.id),
  candidates: async (document, { state }, { loaders }) =>
    (await loaders.documentCandidates.load(document.id)).filter((candidate) => state == null || candidate.state === state),
};
