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

function titleWindow(words: readonly Word[], person: TypedMention, mentions: readonly TypedMention[]): Word[][] {
  const at = words.findIndex((word) => word.start >= person.span.end);
  const windows: Word[][] = [];
  if (at >= 0 && words[at]!.text === ',') {
    const after: Word[] = [];
    for (let index = at + 1; index < words.length; index += 1) {
      const word = words[index]!;
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
    if (TITLE_BREAKS.has(word.text.toLowerCase()) || mentions.some((m) => m.type === 'PERSON' && m.span.end === word.end)) break;
    before.unshift(word);
  }
  windows.push(before.length > 0 && before[before.length - 1]!.text === ',' ? before.slice(0, -1) : [...before.slice(-4), ...inside]);
  return windows;
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
      });
      break;
    }
  }
  return proposals;
}
