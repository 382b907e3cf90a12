/**
 * Every connection type is built here from a store Page<T>: one edge per item, its cursor the
 * item's offset in the whole list, and pageInfo from the page's offset and total. Items whose
 * node vanished mid-request (a concurrent merge) are left out; the others keep their cursors.
 */
import type { Page } from '../../../store/records';
import type { RequestContext } from '../../context';
import type { Loaders } from '../../loaders/createLoaders';
import { encodeCursor } from './pagination';

export interface Edge<N> {
  cursor: string;
  node: N;
}

export interface PageInfoRecord {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * Exact both ways, whichever way the page was read: items precede it when it starts past the
 * list's first item (a cursor past the end of an empty list precedes nothing), items follow it
 * when it ends before the list's last.
 */
export function pageInfoOf(page: Page<unknown>): PageInfoRecord {
  const last = page.offset + page.items.length - 1;
  const empty = page.items.length === 0;
  return {
    hasNextPage: last + 1 < page.totalCount,
    hasPreviousPage: Math.min(page.offset, page.totalCount) > 0,
    startCursor: empty ? null : encodeCursor(page.offset),
    endCursor: empty ? null : encodeCursor(last),
  };
}

/** The edges of a page whose items are their own nodes, or whose nodes were loaded in the items' order. */
export function edgesOf<T, N = T>(
  page: Page<T>,
  nodes: ReadonlyArray<N | null | Error> = page.items as unknown as N[],
): Array<Edge<N> & { item: T }> {
  return page.items.flatMap((item, index) => {
    const node = nodes[index];
    return node == null || node instanceof Error ? [] : [{ cursor: encodeCursor(page.offset + index), node, item }];
  });
}

/**
 * The field resolvers of a connection type. `nodesOf` gives the node of each item (loaded through
 * the request's loaders when the page holds ids); `extra` adds the edge's own fields (a score).
 */
export function connection<T, N, X extends object = object>(
  nodesOf: (page: Page<T>, loaders: Loaders) => ReadonlyArray<N | null | Error> | Promise<ReadonlyArray<N | null | Error>>,
  extra: (item: T) => X = () => ({}) as X,
) {
  return {
    totalCount: (page: Page<T>) => page.totalCount,
    edges: async (page: Page<T>, _args: unknown, { loaders }: RequestContext): Promise<Array<Edge<N> & X>> =>
      edgesOf(page, await nodesOf(page, loaders)).map(({ cursor, node, item }) => ({ cursor, node, ...extra(item) })),
    pageInfo: (page: Page<T>) => pageInfoOf(page),
  };
}

/** For pages whose items are the nodes themselves (relations, timeline entries, changes). */
export const itemsAreNodes = <T>(page: Page<T>): readonly T[] => page.items;
