import { edgesOf, pageInfoOf } from '../../src/graphql/resolvers/lib/connections';
import { decodeCursor, encodeCursor, pageRequest, pageWindow, readPage } from '../../src/graphql/resolvers/lib/pagination';
import type { Page } from '../../src/store/records';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
}

describe('page windows', () => {
  it('default to the first 20 items', () => {
    expect(pageWindow(undefined, undefined)).toEqual({ offset: 0, first: 20 });
  });

  it('continue after the cursor they were given', () => {
    expect(pageWindow(5, encodeCursor(9))).toEqual({ offset: 10, first: 5 });
    expect(decodeCursor(encodeCursor(42))).toBe(42);
  });

  it('accept 100 and reject 101 or a negative size as bad user input', () => {
    expect(pageWindow(100, null).first).toBe(100);
    expect(codeOf(() => pageWindow(101, null))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow(-1, null))).toBe('BAD_USER_INPUT');
  });

  it('reject a cursor this API did not issue', () => {
    expect(codeOf(() => pageWindow(10, 'not-a-cursor'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow(10, Buffer.from('offset:-3').toString('base64url')))).toBe('BAD_USER_INPUT');
  });
});

describe('backward pages (last/before)', () => {
  const list = Array.from({ length: 10 }, (_, i) => i);
  /** A store over `list`: the window's items and the list's length. */
  const read = async ({ offset, first }: { offset: number; first: number }): Promise<Page<number>> => ({
    totalCount: list.length,
    offset,
    items: list.slice(offset, offset + first),
  });

  it('read the last items of the list, with the cursors forward pages give them', async () => {
    const page = await readPage({ last: 3 }, read);
    expect(page.items).toEqual([7, 8, 9]);
    const forward = await readPage({ first: 10 }, read);
    expect(edgesOf(page).map((edge) => edge.cursor)).toEqual(
      edgesOf(forward)
        .slice(7)
        .map((edge) => edge.cursor),
    );
    expect(pageInfoOf(page)).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('read the items just before a cursor, and walk the whole list back to its start', async () => {
    let page = await readPage({ last: 4 }, read);
    const seen = [...page.items];
    while (pageInfoOf(page).hasPreviousPage) {
      page = await readPage({ last: 4, before: pageInfoOf(page).startCursor }, read);
      seen.unshift(...page.items);
    }
    expect(seen).toEqual(list);
    expect(page.items).toEqual([0, 1]);
    expect(pageInfoOf(page)).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('read between two cursors from either end', async () => {
    const after = encodeCursor(1);
    const before = encodeCursor(8);
    expect((await readPage({ after, before, first: 3 }, read)).items).toEqual([2, 3, 4]);
    expect((await readPage({ after, before, last: 3 }, read)).items).toEqual([5, 6, 7]);
    expect((await readPage({ after, before, last: 50 }, read)).items).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('read nothing before the first item, and the last items of a list shorter than asked', async () => {
    expect((await readPage({ last: 5, before: encodeCursor(0) }, read)).items).toEqual([]);
    expect((await readPage({ last: 50 }, read)).items).toEqual(list);
  });

  it('refuse first with last, a bad size and a forged before cursor as bad user input, naming the argument', () => {
    const argumentOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as { extensions?: { code?: string; argument?: string } }).extensions;
      }
      return undefined;
    };
    expect(codeOf(() => pageRequest({ first: 2, last: 2 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageRequest({ last: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageRequest({ last: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageRequest({ last: 2, before: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(argumentOf(() => pageRequest({ before: 'not-a-cursor' })))).toContain('before');
  });
});
