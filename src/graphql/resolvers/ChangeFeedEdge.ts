import type { ChangeFeedEdgeResolvers } from '../__generated__/resolvers';
import { encodeChangeCursor } from './lib/changeCursors';

export const ChangeFeedEdge: ChangeFeedEdgeResolvers = {
  cursor: (change) => encodeChangeCursor(change.seq),
  node: (change) => change,
};
