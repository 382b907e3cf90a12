/**
 * The words of a question as wink-nlp reads them (domain/names/readText: tokens with their POS
 * tags and offsets), hyphenated compounds joined ("co-chaired"), each with its Porter stem, and
 * cue matching over stems: a cue is a word sequence that must occur contiguously.
 */
import porter from 'talisman/stemmers/porter';
import { readText } from '../names/readText';

export interface QuestionWord {
  text: string;
  lower: string;
  stem: string;
  pos: string;
  start: number;
  end: number;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

export function stemOf(word: string): string {
  return word
    .toLowerCase()
    .split('-')
    .map((part) => porter(part))
    .join('-');
}

/** The words of `text` (punctuation dropped, "co-chair" one word), in order. */
export function questionWords(text: string): QuestionWord[] {
  const words: QuestionWord[] = [];
  const reading = readText(text);
  for (let i = 0; i < reading.words.length; i += 1) {
    const word = reading.words[i]!;
    const previous = words[words.length - 1];
    const hyphenBefore = i >= 1 && reading.words[i - 1]!.text === '-' && reading.words[i - 1]!.attached;
    if (WORDLIKE.test(word.text) && word.attached && hyphenBefore && previous && previous.end === word.start - 1) {
      const joined = text.slice(previous.start, word.end);
      words[words.length - 1] = { ...previous, text: joined, lower: joined.toLowerCase(), stem: stemOf(joined), end: word.end };
      continue;
    }
    if (!WORDLIKE.test(word.text)) continue;
    words.push({
      text: word.text,
      lower: word.text.toLowerCase(),
      stem: stemOf(word.text),
      pos: word.pos,
      start: word.start,
      end: word.end,
    });
  }
  return words;
}

/** Stems of a cue's words ("take part in" -> ["take", "part", "in"]). */
export function cueStems(cue: string): string[] {
  return cue.split(/\s+/).map(stemOf);
}

/** The index of the first word where the cue's stems occur in a row, or -1. */
export function findCue(words: readonly QuestionWord[], cue: string): number {
  const stems = cueStems(cue);
  outer: for (let i = 0; i + stems.length <= words.length; i += 1) {
    for (let j = 0; j < stems.length; j += 1) if (words[i + j]!.stem !== stems[j]) continue outer;
    return i;
  }
  return -1;
}
