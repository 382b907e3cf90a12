import type { ChangeConnectionResolvers } from '../__generated__/resolvers';
import type { ChangeRecord } from '../../store/records';
import { connection, itemsAreNodes } from './lib/connections';

export const ChangeConnection: ChangeConnectionResolvers = connection(itemsAreNodes<ChangeRecord>);
