import type { ChangeFeedConnectionResolvers } from '../__generated__/resolvers';
import { encodeChangeCursor } from './lib/changeCursors';

/** Edges are the changes themselves (ChangeFeedEdge); cursors are places in the log's sequence. */
export const ChangeFeedConnection: ChangeFeedConnectionResolvers = {
  edges: (page) => page.items,
  pageInfo: (page) => {
    const first = page.items[0];
    const last = page.items.at(-1);
    return {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.after > 0,
      startCursor: first ? encodeChangeCursor(first.seq) : null,
      endCursor: last ? encodeChangeCursor(last.seq) : null,
    };
  },
};
