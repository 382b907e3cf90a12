import type { QueryResolvers } from '../../__generated__/resolvers';
import { notFound } from '../../../errors';
import { listCandidates } from '../../../store/candidates';
import { pageWindow } from '../lib/pagination';

/** Query.candidates: name candidates for review, of one document or all, in one state or any. */
export const candidates: QueryResolvers['candidates'] = async (_parent, { documentId, state, first, after }, { db }) => {
  const page = await listCandidates(db, { documentId: documentId ?? null, state: state ?? null, ...pageWindow(first, after) });
  if (!page) throw notFound(`No document ${documentId}.`);
  return page;
};
