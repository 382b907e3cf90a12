import type { QueryResolvers } from '../../__generated__/resolvers';
import { findTimeline } from '../../../store/timeline';
import { nonEmptyList, optionalDate } from '../lib/arguments';
import { requireEntity } from '../lib/entities';
import { readPage } from '../lib/pagination';

/**
 * Query.timeline: dated facts and entities in date order, for one entity or a period.
 * An entity's timeline is read first: entries prove the entity exists, so only an empty one
 * costs the second round trip that tells an unknown id (NOT_FOUND) from an entity without dates.
 */
export const timeline: QueryResolvers['timeline'] = async (_parent, args, { db, loaders }) => {
  const from = optionalDate(args.from, 'from');
  const to = optionalDate(args.to, 'to');
  const filter = { entityId: args.entityId ?? null, from, to, statuses: nonEmptyList(args.status) };
  const page = await readPage(args, async (window) => loaders.primed(await findTimeline(db, { ...filter, ...window })));
  if (args.entityId != null && page.totalCount === 0) await requireEntity(loaders, args.entityId, 'entityId');
  return page;
};
