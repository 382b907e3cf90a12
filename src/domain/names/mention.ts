/**
 * A mention while a text is being resolved: its words, the decision on it (link, ambiguous, or
 * none: a new name), and for new names the proposed type and name. The steps of resolveMentions.ts
 * pass lists of these to each other.
 */
import type { Decision } from './disambiguate';
import type { NameShape } from './nameShape';

export const PARTY_TYPES = new Set(['COUNTRY', 'BLOC']);

// Kinds of entity whose names are often words inside longer names ("6G MIRAI-HARMONY").
export const SHORT_TYPES = new Set(['TECHNOLOGY', 'POLICY_AREA']);

export interface Mention {
  first: number;
  last: number;
  start: number;
  end: number;
  decision: Decision;
  shape?: NameShape;
  /** For candidates: the proposed type and name. */
  type?: string;
  name?: string;
  sameAs?: number;
  /** For candidates: the type is only the default (no head noun, kind word or shape said it). */
  defaultType?: boolean;
  /** Covers its words without being reported (a name used as a modifier). */
  silent?: boolean;
}

export function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export function coverage(length: number, mentions: Mention[]): boolean[] {
  const covered = new Array<boolean>(length).fill(false);
  for (const mention of mentions) for (let k = mention.first; k <= mention.last; k += 1) covered[k] = true;
  return covered;
}

export function select(mentions: Mention[]): Mention[] {
  const rank = (mention: Mention) => (mention.decision.kind === 'link' ? mention.decision.match.score : 0);
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(b) - rank(a) || a.start - b.start);
  const kept: Mention[] = [];
  const taken = new Set<number>();
  for (const mention of sorted) {
    let free = true;
    for (let k = mention.first; k <= mention.last && free; k += 1) free = !taken.has(k);
    if (!free) continue;
    kept.push(mention);
    for (let k = mention.first; k <= mention.last; k += 1) taken.add(k);
  }
  return kept.sort((a, b) => a.start - b.start);
}
