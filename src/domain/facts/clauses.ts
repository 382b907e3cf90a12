/**
 * Clause boundaries in a sentence, to tell which names a cue can reach: a semicolon or colon, or a
 * comma that opens a subordinate or relative clause (", while also pursuing a dialogue in the areas
 * of X": X belongs to that dialogue, not to the subject named before the comma). Returned as a
 * function from an offset to its clause number.
 */
import type { Word } from '../names/readText';

const BREAKS: ReadonlySet<string> = new Set([';', ':']);
/** Words that open a new clause after a comma. */
const OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'which', 'who', 'whom', 'whose', 'where', 'although', 'though', 'but']);

export function clauses(words: readonly Word[]): (offset: number) => number {
  const starts: number[] = [];
  words.forEach((word, at) => {
    const next = words[at + 1];
    if (BREAKS.has(word.text) && next) starts.push(next.start);
    else if (word.text === ',' && next && OPENERS.has(next.text.toLowerCase())) starts.push(next.start);
  });
  return (offset) => starts.filter((start) => start <= offset).length;
}
