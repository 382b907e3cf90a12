/**
 * Who is calling: an editor (a configured token), nobody (no token), or someone with a token we
 * do not know. Tokens are compared as SHA-256 digests with timingSafeEqual, against every
 * configured token without stopping early, so timing tells nothing about a near miss.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { EditorToken } from '../config';

export type Caller = { kind: 'anonymous' } | { kind: 'editor'; name: string } | { kind: 'invalid' };

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export function callerOf(authorization: string | undefined | null, editors: readonly EditorToken[]): Caller {
  if (!authorization) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return { kind: 'invalid' };
  const presented = digest(match[1]!);
  let found: EditorToken | undefined;
  for (const editor of editors) {
    if (timingSafeEqual(presented, digest(editor.token)) && !found) found = editor;
  }
  return found ? { kind: 'editor', name: found.name } : { kind: 'invalid' };
}
