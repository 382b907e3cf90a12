/** Field resolvers of the write-side types. */
import type { Resolvers } from '../__generated__/graphql';
import { pageInfoOf } from './connections';
import { encodeCursor } from './pagination';
import { notFound } from '../errors';

export const writeResolvers: Resolvers = {
  IngestDocumentPayload: {
    document: async (result, _args, { loaders }) => {
      const document = await loaders.document.load(result.documentId);
      if (!document) throw notFound(`Document ${result.documentId} vanished.`);
      return document;
    },
    created: (result) => result.created,
    mentions: (result) => result.mentions,
  },
  RetractedFact: {
    reason: (fact) => fact.retractReason,
    retractedBy: (fact) => fact.retractedBy,
    retractedAt: (fact) => fact.retractedAt,
  },
  ChangeConnection: {
    totalCount: (page) => page.totalCount,
    edges: (page) => page.items.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node })),
    pageInfo: (page) => pageInfoOf(page),
  },
};
