/**
 * Finds lexicon phrases in a run of words (wink-nlp's words, see names/readText.ts). A phrase is
 * space-separated lower-case words; a word ending in `*` matches any word that begins with it.
 */
import type { Word } from '../names/readText';

export interface PhraseMatch {
  phrase: string;
  /** Index in `words` of the first and one past the last matched word. */
  first: number;
  last: number;
}

const parsed = new Map<string, string[]>();

function partsOf(phrase: string): string[] {
  let parts = parsed.get(phrase);
  if (!parts) {
    parts = phrase.split(' ').filter((part) => part.length > 0);
    parsed.set(phrase, parts);
  }
  return parts;
}

function wordMatches(pattern: string, word: string): boolean {
  const lower = word.toLowerCase();
  return pattern.endsWith('*') ? lower.startsWith(pattern.slice(0, -1)) : lower === pattern;
}

/** Every occurrence of every phrase, in text order. */
export function matchPhrases(words: readonly Word[], phrases: readonly string[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (const phrase of phrases) {
    const parts = partsOf(phrase);
    for (let first = 0; first + parts.length <= words.length; first += 1) {
      if (parts.every((part, offset) => wordMatches(part, words[first + offset]!.text))) {
        matches.push({ phrase, first, last: first + parts.length });
      }
    }
  }
  return matches.sort((a, b) => a.first - b.first || b.last - a.last);
}
