/**
 * Who is calling: an editor or a reader (a configured token), nobody (no token), or someone with
 * a token we do not know. Tokens are compared as SHA-256 digests with timingSafeEqual, against
 * every configured token without stopping early, so timing tells nothing about a near miss or
 * about which list a token is in.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NamedToken } from '../config';
import { forbidden, unauthenticated } from '../errors';

export type Caller = { kind: 'anonymous' } | { kind: 'editor'; name: string } | { kind: 'reader'; name: string } | { kind: 'invalid' };

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export function callerOf(
  authorization: string | undefined | null,
  editors: readonly NamedToken[],
  readers: readonly NamedToken[] = [],
): Caller {
  if (!authorization) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return { kind: 'invalid' };
  const presented = digest(match[1]!);
  let found: Caller | undefined;
  for (const [kind, tokens] of [
    ['editor', editors],
    ['reader', readers],
  ] as const) {
    for (const { name, token } of tokens) {
      if (timingSafeEqual(presented, digest(token)) && !found) found = { kind, name };
    }
  }
  return found ?? { kind: 'invalid' };
}

/**
 * For reads closed to anonymous callers (`history`, or every read with READS_REQUIRE_TOKEN):
 * readers and editors pass; no token is 401 UNAUTHENTICATED, an unknown one 403 FORBIDDEN.
 */
export function requireReadToken(caller: Caller): void {
  if (caller.kind === 'editor' || caller.kind === 'reader') return;
  if (caller.kind === 'anonymous') throw unauthenticated('a reader or editor token');
  throw forbidden('That token is not a reader or editor token.');
}
