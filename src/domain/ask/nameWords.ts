/**
 * The last way a question's name is found: its words against the words of every entity's name
 * and aliases (document-scoped aliases too: "OECD Ministerial meeting" is one), a typo of one
 * letter allowed in a long word ("Hiroshima AI proces", "Digitial Agency of Japan"), one word of
 * the name left out ("the EU-Korea Digital Partnership Council" for "EU-South Korea ..."). Only
 * a run the name engine could not explain qualifies (some word of it is in no name found), it
 * needs two content words and a capitalised word (in lower case, every word of a name or alias
 * exactly: "the memorandum of cooperation"), and one entity alone must fit best: else
 * nothing is found, and the question is answered without that name rather than with a guess.
 */
import levenshtein from 'talisman/metrics/levenshtein';
import porter from 'talisman/stemmers/porter';
import type { NameIndex } from '../names';
import { ordinalValue } from '../names/ordinals';
import type { NamedEntity } from './types';
import type { QuestionWord } from './words';

const MAX_RUN = 7;
const STOP = new Set('a an the of on and or for in at to by with from its their'.split(' '));
const EDGE = new Set([
  ...STOP,
  'is',
  'are',
  'was',
  'were',
  'did',
  'do',
  'does',
  'has',
  'have',
  'who',
  'what',
  'which',
  'when',
  'where',
  'how',
]);

/** A name's content words: lower case, hyphenated parts apart, no brackets, years or stop words. */
function contentWords(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !STOP.has(word) && !/^\d+$/.test(word));
}

const sameWord = (a: string, b: string) => a === b || porter(a) === porter(b) || (a.length >= 5 && b.length >= 5 && levenshtein(a, b) <= 1);

/** How well a run's words fit a form: every run word matched to a word of its own; -1 when not all are. */
function fit(runWords: readonly string[], formWords: readonly string[], exact = false): number {
  const left = [...formWords];
  for (const word of runWords) {
    const at = left.findIndex((candidate) =>
      exact ? word === candidate || porter(word) === porter(candidate) : sameWord(word, candidate),
    );
    if (at < 0) return -1;
    left.splice(at, 1);
  }
  if (exact) return left.length === 0 ? runWords.length : -1;
  return left.length <= 1 && left.length < runWords.length ? runWords.length - left.length : -1;
}

/** A plural last word names a kind ("EU-Japan summits"), not one entity: only forms with that plural fit. */
function pluralOnlyIn(runWords: readonly string[], formWords: readonly string[]): boolean {
  const last = runWords[runWords.length - 1]!;
  return /[^s]s$/.test(last) && !formWords.includes(last) && formWords.includes(last.slice(0, -1));
}

function bestEntity(runWords: readonly string[], index: NameIndex, exact = false): string | null {
  let best = -1;
  let ids: string[] = [];
  for (const entity of index.entities.values()) {
    const score = Math.max(
      ...[entity.name, ...entity.aliases.map((alias) => alias.text)].map((form) => {
        const formWords = contentWords(form);
        return pluralOnlyIn(runWords, formWords) ? -1 : fit(runWords, formWords, exact);
      }),
    );
    if (score < 0 || score < best) continue;
    if (score > best) ids = [];
    best = score;
    ids.push(entity.id);
  }
  return ids.length === 1 ? ids[0]! : null;
}

export function wordMatchedNames(question: string, words: readonly QuestionWord[], index: NameIndex, found: NamedEntity[]): void {
  const inFound = (word: QuestionWord) => found.some((name) => word.start >= name.start && word.end <= name.end);
  for (let length = Math.min(MAX_RUN, words.length); length >= 2; length -= 1) {
    for (let i = 0; i + length <= words.length; i += 1) {
      const run = words.slice(i, i + length);
      if (EDGE.has(run[0]!.lower) || EDGE.has(run[length - 1]!.lower)) continue;
      // In lower case only every word of a name or alias, none left out and no typo ("the memorandum of
      // cooperation", a document's alias): a common phrase must not come near a name by chance.
      const lowerCase = !run.some((word) => /^\p{Lu}/u.test(word.text));
      // A run that stops inside a longer capitalised name is not that name ("EU-Japan Digital Partnership" of "... Councils").
      const next = words[i + length];
      const previous = words[i - 1];
      if ((next && /^\p{Lu}/u.test(next.text)) || (previous && /^\p{Lu}/u.test(previous.text) && /^\p{Lu}/u.test(run[0]!.text))) continue;
      // An ordinal before the run qualifies it ("the first ... Council"): the run alone would drop it.
      if (i > 0 && ordinalValue(words[i - 1]!.lower) !== undefined) continue;
      const runWords = contentWords(run.map((word) => word.text).join(' '));
      if (runWords.length < 2 || !run.some((word) => !inFound(word) && !STOP.has(word.lower))) continue;
      const start = run[0]!.start;
      const end = run[length - 1]!.end;
      // A name found already may lie inside the run ("AI" of "Hiroshima AI proces"), never across its edge.
      if (found.some((name) => name.start < end && name.end > start && (name.start < start || name.end > end))) continue;
      const entityId = bestEntity(runWords, index, lowerCase);
      if (!entityId) continue;
      for (const inner of found.filter((name) => name.start >= start && name.end <= end)) found.splice(found.indexOf(inner), 1);
      found.push({ entityId, start, end, text: question.slice(start, end) });
    }
  }
}

/**
 * A lone capitalised word no name explains, one letter off a one-word name or alias of five
 * letters or more, with the same first letter ("Tokio": Tokyo); one entity alone must fit.
 */
export function loneWordTypos(question: string, words: readonly QuestionWord[], index: NameIndex, found: NamedEntity[]): void {
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i]!;
    if (!/^\p{Lu}\p{Ll}{4,}$/u.test(word.text)) continue;
    if (found.some((name) => word.start < name.end && word.end > name.start)) continue;
    const lower = word.lower;
    const fits = [...index.entities.values()].filter((entity) =>
      [entity.name, ...entity.aliases.map((alias) => alias.text)].some((form) => {
        const formWords = contentWords(form);
        if (formWords.length !== 1) return false;
        const only = formWords[0]!;
        // Never a plural ("Councils" names a kind, not the one council called "the Council").
        const plural = lower === `${only}s` || lower === `${only}es`;
        return only !== lower && !plural && only.length >= 5 && only[0] === lower[0] && levenshtein(only, lower) <= 1;
      }),
    );
    if (fits.length !== 1) continue;
    found.push({ entityId: fits[0]!.id, start: word.start, end: word.end, text: word.text });
  }
}
