import type { QueryResolvers } from '../../__generated__/resolvers';
import { notFound } from '../../../errors';
import { listCandidates } from '../../../store/candidates';
import { readPage } from '../lib/pagination';

/** Query.candidates: name candidates for review, of one document or all, in one state or any. */
export const candidates: QueryResolvers['candidates'] = async (_parent, { documentId, state, unsure, ...paging }, { db }) => {
  const filter = { documentId: documentId ?? null, state: state ?? null, unsure: unsure ?? null };
  const page = await readPage(paging, (window) => listCandidates(db, { ...filter, ...window }));
  if (!page) throw notFound(`No document ${documentId}.`);
  return page;
};
