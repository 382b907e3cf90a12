/**
 * Where a text may name an entity: every run of 1 to 6 words is a candidate span with its name
 * key (case, accents and punctuation do not matter). Aliases that only make sense in their own
 * article ("the council", "both partners") are not linkable: a determiner first, or a single
 * lower-case word.
 */
import { nameKey } from './nameKey';

const MAX_WORDS = 6;
const MAX_CANDIDATES = 50_000;
const DETERMINER = /^(the|a|an|its|their|both|this|these|those|our|his|her)\s/i;

/** Whether an alias names its entity outside its own article (canonical names always do). */
export function isLinkableForm(form: string, canonical: boolean): boolean {
  if (canonical) return true;
  if (DETERMINER.test(form)) return false;
  return !/^[\p{Ll}\p{N}-]+$/u.test(form);
}

export interface Span {
  start: number;
  end: number;
  key: string;
}

export function candidateSpans(text: string): Span[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const spans: Span[] = [];
  for (let first = 0; first < words.length && spans.length < MAX_CANDIDATES; first += 1) {
    for (let last = first; last < Math.min(words.length, first + MAX_WORDS); last += 1) {
      const start = words[first]!.start;
      const end = words[last]!.end;
      spans.push({ start, end, key: nameKey(text.slice(start, end)) });
    }
  }
  return spans;
}
