import type { EvidenceSearchConnectionResolvers } from '../__generated__/resolvers';
import type { EvidenceMatchRecord } from '../../store/records';
import { connection, itemsAreNodes } from './lib/connections';

export const EvidenceSearchConnection: EvidenceSearchConnectionResolvers = connection(itemsAreNodes, (hit: EvidenceMatchRecord) => ({
  score: hit.score,
}));
