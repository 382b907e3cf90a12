import type { TimelineConnectionResolvers } from '../__generated__/resolvers';
import type { TimelineEntryRecord } from '../../store/records';
import { connection, itemsAreNodes } from './lib/connections';

export const TimelineConnection: TimelineConnectionResolvers = connection(itemsAreNodes<TimelineEntryRecord>);
