import type { RelationConnectionResolvers } from '../__generated__/resolvers';
import type { RelationRecord } from '../../store/records';
import { connection, itemsAreNodes } from './lib/connections';

export const RelationConnection: RelationConnectionResolvers = connection(itemsAreNodes<RelationRecord>);
