/**
 * The key a word is compared by, on top of the graph's name key (case, accents, punctuation): the
 * spellings English allows for one word are made one ("organisation"/"organization",
 * "centre"/"center", "programme"/"program", "modelling"/"modeling"), plurals become singular
 * ("digital identities" is "digital identity"), clipped forms their full word ("tech"), and
 * ordinals "#n". Applied alike to the graph's names and to the text, so each rule only widens what
 * matches by that rule.
 */
import pluralize from 'pluralize';
import porter from 'talisman/stemmers/porter';
import { memoized } from './memo';
import { nameKey } from '../nameKey';
import { ordinalValue } from './ordinals';

// Clippings that stand for one word in this register ("e-commerce" is electronic commerce) (not abbreviations of names: those are
// acronyms, derived from the names themselves).
const CLIPPED: Record<string, string> = {
  e: 'electronic',
  tech: 'technology',
  govt: 'government',
  dept: 'department',
  intl: 'international',
  programme: 'program',
};

function spelling(word: string): string {
  return word
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/is(e|es|ed|ing)$/, 'iz$1')
    .replace(/([^aeiou])tre(s?)$/, '$1ter$2')
    .replace(/ll(ing|ed|er)$/, 'l$1');
}

export const normalWord = memoized((word: string): string => {
  const ordinal = ordinalValue(word);
  if (ordinal !== undefined) return `#${ordinal}`;
  const clipped = CLIPPED[word] ?? word;
  // Short words are acronyms or function words ("us", "ms", "gas"): no plural rule applies.
  if (clipped.length <= 3 || !/^\p{L}+$/u.test(clipped)) return clipped;
  return spelling(pluralize.singular(clipped));
});

/** A word's Porter stem (talisman): "connectivity" and "connections" meet at "connect". */
export const stem = memoized(porter);

/** The normal words of a text: name key, then each word's normal form. */
export function normalWords(text: string): string[] {
  const key = nameKey(text);
  return key === '' ? [] : key.split(' ').map(normalWord);
}
