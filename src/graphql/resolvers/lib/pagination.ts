/**
 * Cursor pagination arguments, checked the same way everywhere. A page is read forward
 * (`first`/`after`) or backward (`last`/`before`), as Relay's connection spec has it: `after` and
 * `before` bound the list, then `first` takes from the front of what is left or `last` from its
 * back; neither given means `first: 20`. Sizes are capped at 100 (above is an error, never a
 * silent truncation). Cursors are opaque offsets into the whole list, so an item has the same
 * cursor however its page was reached. Asking for `first` and `last` at once is BAD_USER_INPUT
 * (the spec discourages it and no client needs it), as is a cursor this API did not issue.
 */
import { badInput } from '../../../errors';
import type { Page } from '../../../store/records';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The arguments of a connection field. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What a store reads: `first` items from `offset` on. */
export interface PageWindow {
  offset: number;
  first: number;
}

/** The last `last` items from `offset` on: where they start depends on the list's length. */
interface WindowFromEnd {
  offset: number;
  last: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: 'after' | 'before' = 'after'): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput(`\`${argument}\` is not a cursor this API issued.`, argument);
  return Number(match[1]);
}

function pageSize(size: number, argument: 'first' | 'last'): number {
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`\`${argument}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${size}.`, argument);
  }
  return size;
}

/**
 * The window the arguments name, or, for `last` without `before`, the window from the end that
 * needs the list's length first (readPage). Throws BAD_USER_INPUT on bad arguments.
 */
export function pageRequest({ first, after, last, before }: PageArgs): PageWindow | WindowFromEnd {
  if (first != null && last != null) {
    throw badInput('Give `first` (to page forward) or `last` (to page backward), not both.', 'last');
  }
  const start = after ? decodeCursor(after, 'after') + 1 : 0;
  const end = before ? Math.max(start, decodeCursor(before, 'before')) : null;
  if (last != null) {
    const size = pageSize(last, 'last');
    if (end === null) return { offset: start, last: size };
    const offset = Math.max(start, end - size);
    return { offset, first: end - offset };
  }
  const size = pageSize(first ?? DEFAULT_PAGE_SIZE, 'first');
  return { offset: start, first: end === null ? size : Math.min(size, end - start) };
}

/** A forward window (`first`/`after`): for lists that do not page backward. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined): PageWindow {
  return pageRequest({ first, after }) as PageWindow;
}

/**
 * The first read readPage makes for these arguments: the page itself, or, for `last` without
 * `before`, an empty window that brings the list's length (Query.entity reads it ahead).
 */
export function firstReadOf(args: PageArgs): PageWindow {
  const request = pageRequest(args);
  return 'last' in request ? { offset: request.offset, first: 0 } : request;
}

/**
 * Reads the page the arguments name through `read` (a store read or a loader). `last` without
 * `before` costs one more read: the list's length first (an empty window), then its tail.
 * `read` may answer null for a list that does not exist (an unknown document): passed on as is.
 */
export async function readPage<P extends Page<unknown> | null | undefined>(
  args: PageArgs,
  read: (window: PageWindow) => Promise<P>,
): Promise<P> {
  const request = pageRequest(args);
  if (!('last' in request)) return read(request);
  const counted = await read({ offset: request.offset, first: 0 });
  if (!counted) return counted;
  const offset = Math.max(request.offset, counted.totalCount - request.last);
  return read({ offset, first: Math.max(0, counted.totalCount - offset) });
}
