/** PageInfo of every connection (lib/connections.ts), computed from a store page; no database. */
import { pageInfoOf } from '../../src/graphql/resolvers/lib/connections';
import { decodeCursor, pageWindow } from '../../src/graphql/resolvers/lib/pagination';
import type { Page } from '../../src/store/records';

/** The page a store returns for `first`/`after` over a list of `total` items. */
function pageOf(total: number, first: number, after: string | null): Page<number> {
  const window = pageWindow(first, after);
  const items = Array.from({ length: total }, (_, i) => i).slice(window.offset, window.offset + window.first);
  return { totalCount: total, offset: window.offset, items };
}

describe('PageInfo', () => {
  it('has no previous page on the first page, and a start cursor at its first item', () => {
    const info = pageInfoOf(pageOf(10, 3, null));
    expect(info).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(decodeCursor(info.startCursor!)).toBe(0);
    expect(decodeCursor(info.endCursor!)).toBe(2);
  });

  it('has a previous page once an after cursor moved past items, and starts right after that cursor', () => {
    const first = pageInfoOf(pageOf(10, 3, null));
    const second = pageInfoOf(pageOf(10, 3, first.endCursor));
    expect(second.hasPreviousPage).toBe(true);
    expect(decodeCursor(second.startCursor!)).toBe(3);
    expect(decodeCursor(second.endCursor!)).toBe(5);
  });

  it('walks a whole list forward: the last page has a previous page and no next one', () => {
    let info = pageInfoOf(pageOf(7, 3, null));
    const starts = [decodeCursor(info.startCursor!)];
    while (info.hasNextPage) {
      info = pageInfoOf(pageOf(7, 3, info.endCursor));
      starts.push(decodeCursor(info.startCursor!));
    }
    expect(starts).toEqual([0, 3, 6]);
    expect(info).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('gives null cursors on an empty page, and no previous page for an empty list', () => {
    expect(pageInfoOf(pageOf(0, 5, null))).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    const pastTheEnd = pageInfoOf(pageOf(4, 5, pageInfoOf(pageOf(4, 5, null)).endCursor));
    expect(pastTheEnd).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});
