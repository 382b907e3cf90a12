import type { QueryResolvers } from '../../__generated__/resolvers';
import { findTimeline } from '../../../store/timeline';
import { nonEmptyList, optionalDate } from '../lib/arguments';
import { entityNotFound } from '../../../errors';
import { readPage } from '../lib/pagination';

/**
 * Query.timeline: dated facts and entities in date order, for one entity or a period.
 * The timeline's statement also says whether the entity exists (null: NOT_FOUND): one round trip.
 */
export const timeline: QueryResolvers['timeline'] = async (_parent, args, { db, loaders }) => {
  const from = optionalDate(args.from, 'from');
  const to = optionalDate(args.to, 'to');
  const filter = { entityId: args.entityId ?? null, from, to, statuses: nonEmptyList(args.status) };
  const page = await readPage(args, async (window) => loaders.primed(await findTimeline(db, { ...filter, ...window })));
  if (page === null) throw entityNotFound(args.entityId ?? '', 'entityId');
  return page;
};
