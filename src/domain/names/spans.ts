/**
 * The spans of a text that may be names: runs of up to MAX_WORDS words inside one sentence, not
 * crossing brackets, colons, semicolons, slashes or full stops (a slash list "5G/6G" is two
 * names), starting and ending on a letter or digit. A leading article or possessive is not part
 * of a name ("the EU" names "EU"); those are read separately as definite descriptions.
 */
import type { Word } from './readText';

export const MAX_WORDS = 10;
const BREAKS = new Set(['(', ')', '[', ']', ':', ';', '/', '.', '!', '?', '"', '“', '”', '|', '•', '–', '—']);
// Words that join names ("Science and Technology") but never open or close one.
const CONNECTORS = ['of', 'and', 'or', 'for', 'on', 'in', 'with', 'to', 'by', 'at', 'from', 'as'];
const NOT_FIRST = new Set([
  '’s',
  "'s",
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
  'his',
  'her',
  // Prepositions open no name ("between the EU AI Office" is "EU AI Office"); "beyond" may ("Beyond 5G").
  'between',
  'among',
  'within',
  'into',
  'under',
  'through',
  'across',
  'via',
  'about',
  'during',
  'against',
  'towards',
  'toward',
  'amid',
  'including',
  ...CONNECTORS,
]);
const NOT_LAST = new Set(['the', 'a', 'an', 's', 'between', ...CONNECTORS]);

export interface Span {
  first: number;
  last: number;
  start: number;
  end: number;
}

export function isWordLike(word: Word): boolean {
  return /[\p{L}\p{N}]/u.test(word.text);
}

/** Whether a dash joins two words ("EU-Japan", "EU–Japan") rather than separating clauses. */
function joins(words: Word[], at: number): boolean {
  const dash = words[at]!;
  const next = words[at + 1];
  return dash.attached && next !== undefined && next.attached;
}

export function candidateSpans(words: Word[]): Span[] {
  const spans: Span[] = [];
  for (let first = 0; first < words.length; first += 1) {
    const head = words[first]!;
    if (!isWordLike(head) || NOT_FIRST.has(head.text.toLowerCase())) continue;
    let count = 0;
    for (let last = first; last < words.length && count < MAX_WORDS; last += 1) {
      const word = words[last]!;
      if (word.sentence !== head.sentence) break;
      if (BREAKS.has(word.text) && !(word.text === '–' && joins(words, last))) break;
      if (!isWordLike(word)) continue;
      count += 1;
      if (NOT_LAST.has(word.text.toLowerCase().replace(/^['’]/u, ''))) continue;
      if (!commasInsideName(words, first, last)) continue;
      if (joinsTwoNames(words, first, last)) break;
      // "... Council in 2024": the year after a name is context (yearAfter), not part of it.
      if (last - first >= 2 && /^(19|20)\d\d$/.test(word.text) && ['in', 'of'].includes(words[last - 1]!.text.toLowerCase())) continue;
      spans.push({ first, last, start: head.start, end: word.end });
    }
  }
  return spans;
}

/** "Japan and the AI Office", "the EU or the Member States": "and"/"or" before an article joins two names. */
function joinsTwoNames(words: Word[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k += 1) {
    const word = words[k]!.text.toLowerCase();
    if ((word === 'and' || word === 'or') && ['the', 'a', 'an'].includes(words[k + 1]!.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * A comma belongs to a name only inside a short list that "and" closes ("Economy, Trade and
 * Industry", "Safe, secure and trustworthy AI"); otherwise it separates names ("Tokyo, Japan").
 */
function commasInsideName(words: Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k += 1) {
    if (words[k]!.text !== ',') continue;
    const next = words[k + 1];
    if (!next || k + 2 > last || ['the', 'a', 'an'].includes(next.text.toLowerCase())) return false;
    if (words[k + 2]?.text !== 'and' || k + 3 > last) return false;
  }
  return true;
}
