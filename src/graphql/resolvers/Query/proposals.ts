import type { QueryResolvers } from '../../__generated__/resolvers';
import { notFound } from '../../../errors';
import { listProposals } from '../../../store/proposals';
import { readPage } from '../lib/pagination';

/** Query.proposals: fact proposals for review, of one document or all, in one state or any, of one type or any. */
export const proposals: QueryResolvers['proposals'] = async (_parent, { documentId, state, type, ...paging }, { db }) => {
  const filter = { documentId: documentId ?? null, state: state ?? null, type: type ?? null };
  const page = await readPage(paging, (window) => listProposals(db, { ...filter, ...window }));
  if (!page) throw notFound(`No document ${documentId}.`);
  return page;
};
