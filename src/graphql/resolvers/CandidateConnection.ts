import type { CandidateConnectionResolvers } from '../__generated__/resolvers';
import type { CandidateRecord } from '../../store/records';
import { connection, itemsAreNodes } from './lib/connections';

export const CandidateConnection: CandidateConnectionResolvers = connection(itemsAreNodes<CandidateRecord>);
