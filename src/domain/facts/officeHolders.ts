/**
 * HOLDS_OFFICE from a title placed next to a person's name: after it in apposition ("Henna
 * Virkkunen, Executive Vice-President of the European Commission") or before it ("Commissioner
 * for the Internal Market, Thierry Breton"). The body is an organisation, bloc or country the title
 * names; failing that, the title's body in officeTitles.ts (a named body, or the country the
 * document is about: the most mentioned one).
 */
import type { Word } from '../names/readText';
import { allows } from '../ontology';
import { matchPhrases } from './matchPhrases';
import type { TypedMention } from './mentionsOf';
import type { Span } from './types';
import { OFFICE_CONFIDENCE, OFFICE_TITLES, TITLE_BREAKS } from './officeTitles';
import type { RawProposal } from './sentenceProposals';
import { RELATION_CUES_BY_TYPE } from './cues';

const PHRASES = OFFICE_TITLES.map((title) => title.phrase);
const TITLE_OF = new Map(OFFICE_TITLES.map((title) => [title.phrase, title]));

export interface OfficeContext {
  /** A graph entity by its name ("European Commission"), if the graph has it. */
  entityNamed: (name: string) => TypedMention | undefined;
  text: string;
  /** The country the document mentions most. */
  mainCountry: TypedMention | undefined;
}

const capitalised = (word: Word | undefined) => word !== undefined && /^[A-Z]/.test(word.text);

/**
 * An "and" between two capitalised words that name no one is part of a title ("Minister of
 * Science and ICT", "Internal Affairs and Communications"), not the break between two people.
 */
function insideTitle(words: readonly Word[], index: number, mentions: readonly TypedMention[]): boolean {
  const [before, word, after] = [words[index - 1], words[index]!, words[index + 1]];
  if (word.text !== 'and' || !capitalised(before) || !capitalised(after) || before!.sentence !== after!.sentence) return false;
  return !mentions.some((m) => m.type === 'PERSON' && (m.span.start === after!.start || m.span.end === before!.end));
}

function titleWindow(words: readonly Word[], person: TypedMention, mentions: readonly TypedMention[]): Word[][] {
  const at = words.findIndex((word) => word.start >= person.span.end);
  const windows: Word[][] = [];
  if (at >= 0 && words[at]!.text === ',') {
    const after: Word[] = [];
    for (let index = at + 1; index < words.length; index += 1) {
      const word = words[index]!;
      if (insideTitle(words, index, mentions)) {
        after.push(word);
        continue;
      }
      if (TITLE_BREAKS.has(word.text.toLowerCase()) || mentions.some((m) => m.type === 'PERSON' && m.span.start === word.start)) break;
      after.push(word);
    }
    windows.push(after);
  }
  // A title placed directly before a name is often inside the name's span ("Prime Minister Fumio
  // Kishida"): the words before the name and those of the name are read together.
  const inside = words.filter((word) => word.start >= person.span.start && word.end <= person.span.end);
  const before: Word[] = [];
  const first = words.findIndex((word) => word.start >= person.span.start);
  for (let index = first - 1; index >= 0; index -= 1) {
    const word = words[index]!;
    if (insideTitle(words, index, mentions)) {
      before.unshift(word);
      continue;
    }
    if (TITLE_BREAKS.has(word.text.toLowerCase()) || mentions.some((m) => m.type === 'PERSON' && m.span.end === word.end)) break;
    before.unshift(word);
  }
  windows.push(before.length > 0 && before[before.length - 1]!.text === ',' ? before.slice(0, -1) : [...before.slice(-4), ...inside]);
  return windows;
}

/** Words a title does not start with. */
const LEADING = new Set(['the', 'a', 'an', ',', 'and']);

/**
 * The title's own words, verbatim: the window without a leading article, without the name when
 * the title stands inside it, without the sentence's lower-case words before it ("Prime Minister [Fumio Kishida]"), and with an "and" before a
 * capitalised word that names no one read as part of it ("Minister of Economy, Trade and
 * Industry"; the window stops at every "and", which also parts two people).
 */
function titleSpan(
  text: string,
  words: readonly Word[],
  window: readonly Word[],
  firstOfTitle: number,
  lastOfTitle: number,
  person: TypedMention,
  ends: readonly TypedMention[],
): Span {
  let first = words.indexOf(window[0]!);
  const inside = window.some((word) => word.start >= person.span.start && word.end <= person.span.end);
  let last = inside ? words.indexOf(window[lastOfTitle]!) : words.indexOf(window[window.length - 1]!);
  // Lower-case words before the office word are the sentence, not the title ("on the right is").
  const officeWord = words.indexOf(window[firstOfTitle]!);
  while (first < officeWord && (LEADING.has(words[first]!.text.toLowerCase()) || /^[a-z]/.test(words[first]!.text))) first += 1;
  while (first < last && LEADING.has(words[first]!.text.toLowerCase())) first += 1;
  const namesSomeone = (word: Word | undefined) =>
    word === undefined || ends.some((end) => end.type === 'PERSON' && end.span.start === word.start);
  const capitalised = (word: Word | undefined) => word !== undefined && word.sentence === words[last]!.sentence && /^[A-Z]/.test(word.text);
  while (!inside && words[last + 1]?.text.toLowerCase() === 'and' && capitalised(words[last + 2]) && !namesSomeone(words[last + 2])) {
    last += 2;
    while (capitalised(words[last + 1]) && !namesSomeone(words[last + 1])) last += 1;
  }
  while (last > first && /^[,.;:]$/.test(words[last]!.text)) last -= 1;
  const start = words[first]!.start;
  const end = words[last]!.end;
  return { start, end, text: text.slice(start, end) };
}

export function officeHolders(words: readonly Word[], ends: readonly TypedMention[], context: OfficeContext): RawProposal[] {
  const entry = RELATION_CUES_BY_TYPE.get('HOLDS_OFFICE');
  if (!entry) return [];
  const proposals: RawProposal[] = [];
  for (const person of ends.filter((end) => end.type === 'PERSON' && end.source !== 'pair')) {
    for (const window of titleWindow(words, person, ends)) {
      const match = matchPhrases(window, PHRASES)[0];
      if (!match || window.length === 0) continue;
      const low = window[0]!.start;
      const high = window[window.length - 1]!.end;
      const named = ends.find(
        (end) =>
          end.span.start >= low && end.span.end <= high && end.source !== 'pair' && allows('HOLDS_OFFICE', 'PERSON', end.type as never),
      );
      const title = TITLE_OF.get(match.phrase)!;
      const implied = title.body === null ? undefined : 'name' in title.body ? context.entityNamed(title.body.name) : context.mainCountry;
      const body = named ?? (implied && { ...implied, span: { start: low, end: high, text: context.text.slice(low, high) } });
      if (!body || body.id === person.id) continue;
      const cue = { phrase: match.phrase, first: words.indexOf(window[match.first]!), last: words.indexOf(window[match.last - 1]!) + 1 };
      proposals.push({
        entry,
        from: person,
        to: named ? body : { ...body, source: 'frame' },
        cue,
        confidence: OFFICE_CONFIDENCE * (named ? 1 : 0.9),
        role: titleSpan(context.text, words, window, match.first, match.last - 1, person, ends),
      });
      break;
    }
  }
  return proposals;
}
