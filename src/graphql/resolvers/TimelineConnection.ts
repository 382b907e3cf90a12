import type { TimelineConnectionResolvers } from '../../__generated__/resolvers';
import { pageInfoOf, timelineEdges } from './lib/connections';

export const TimelineConnection: TimelineConnectionResolvers = {
  totalCount: (page) => page.totalCount,
  edges: (page) => timelineEdges(page),
  pageInfo: (page) => pageInfoOf(page),
};
