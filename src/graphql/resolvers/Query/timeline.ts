import type { QueryResolvers } from '../../__generated__/resolvers';
import { findTimeline } from '../../../store/timeline';
import { nonEmptyList, optionalDate } from '../lib/arguments';
import { requireEntity } from '../lib/entities';
import { readPage } from '../lib/pagination';

/** Query.timeline: dated facts and entities in date order, for one entity or a period. */
export const timeline: QueryResolvers['timeline'] = async (_parent, args, { db, loaders }) => {
  const from = optionalDate(args.from, 'from');
  const to = optionalDate(args.to, 'to');
  const filter = { entityId: args.entityId ?? null, from, to, statuses: nonEmptyList(args.status) };
  if (args.entityId != null) await requireEntity(loaders, args.entityId, 'entityId');
  return readPage(args, async (window) => loaders.primed(await findTimeline(db, { ...filter, ...window })));
};
