/**
 * How alike two written names are, word by word: Jaro-Winkler (talisman) for typos and doubled or
 * swapped letters ("Kuichi"/"Kiuchi"), and Double Metaphone codes for transliteration, which
 * changes letters that sound alike ("Wilkunen"/"Virkkunen": V/W, rk/lk). Surnames weigh more than
 * given names: "Hena" for "Henna" is a smaller doubt than a different family name.
 */
import jaroWinkler from 'talisman/metrics/jaro-winkler';
import doubleMetaphone from 'talisman/phonetics/double-metaphone';

/** A word without accents and case, as every comparison here reads it. */
export const plain = (word: string) =>
  word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export function wordSimilarity(a: string, b: string): number {
  const x = plain(a);
  const y = plain(b);
  if (x === y) return 1;
  return jaroWinkler(x, y);
}

/** Whether two words share a Double Metaphone code (they may sound alike). */
export function soundAlike(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(plain(a));
  const [b1, b2] = doubleMetaphone(plain(b));
  return a1 === b1 || a1 === b2 || a2 === b1 || (a2 !== '' && a2 === b2);
}

export const SURNAME_WEIGHT = 0.65;

/** Weighted similarity of a written full name to a stored one (same number of words, in order). */
export function fullNameSimilarity(written: string[], stored: string[]): { score: number; surname: number } {
  const surname = wordSimilarity(written[written.length - 1]!, stored[stored.length - 1]!);
  const given = written.slice(0, -1).map((word, at) => wordSimilarity(word, stored[at]!));
  const givenMean = given.reduce((sum, value) => sum + value, 0) / Math.max(1, given.length);
  return { score: SURNAME_WEIGHT * surname + (1 - SURNAME_WEIGHT) * givenMean, surname };
}
