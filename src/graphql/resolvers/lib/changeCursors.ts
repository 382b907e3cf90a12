/**
 * Change feed cursors: a change's place in the log's sequence (not an offset, which would shift
 * as a filtered list grows, nor a time, which ties), opaque to clients.
 */
import { badInput } from '../../../errors';

export function encodeChangeCursor(seq: number): string {
  return Buffer.from(`change:${seq}`, 'utf8').toString('base64url');
}

/** The place a cursor names; 0 (the beginning) for none. A forged one is BAD_USER_INPUT. */
export function decodeChangeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^change:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('`after` is not a change cursor this API issued.', 'after');
  return Number(match[1]);
}
