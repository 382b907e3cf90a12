import type { QueryResolvers } from '../../__generated__/resolvers';
import { notFound } from '../../../errors';
import { listProposals } from '../../../store/proposals';
import { pageWindow } from '../lib/pagination';

/** Query.proposals: fact proposals for review, of one document or all, in one state or any, of one type or any. */
export const proposals: QueryResolvers['proposals'] = async (_parent, { documentId, state, type, first, after }, { db }) => {
  const page = await listProposals(db, {
    documentId: documentId ?? null,
    state: state ?? null,
    type: type ?? null,
    ...pageWindow(first, after),
  });
  if (!page) throw notFound(`No document ${documentId}.`);
  return page;
};
