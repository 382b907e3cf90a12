/** Pages (records.ts, Page<T>): what every paged store read returns, empty ones included. */
import type { Page } from './records';

export function emptyPage<T>(offset: number): Page<T> {
  return { totalCount: 0, offset, items: [] };
}
