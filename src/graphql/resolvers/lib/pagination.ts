/**
 * Cursor pagination arguments, checked the same way everywhere: `first` defaults to 20 and is
 * capped at 100 (above is an error, never a silent truncation); cursors are opaque offsets.
 */
import { badInput } from '../../../errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('`after` is not a cursor this API issued.', 'after');
  return Number(match[1]);
}

export function pageWindow(first: number | null | undefined, after: string | null | undefined): { offset: number; first: number } {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}; got ${size}.`, 'first');
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, first: size };
}
