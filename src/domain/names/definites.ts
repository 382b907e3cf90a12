/**
 * Definite descriptions ("The Council", "the meeting", "This Memorandum", "the agency", "their
 * partnership") refer to something the same article named before: the nearest earlier mention
 * whose name has the description's head noun ("Council" in "Third EU-Japan Digital Partnership
 * Council") or whose type the head noun names ("meeting" an EVENT, "agreement" an AGREEMENT).
 * With no such mention the description is left alone: a description is not a name.
 */
import type { Word } from './readText';
import pluralize from 'pluralize';
import { ordinalValue } from './ordinals';
import { normalWord } from './wordForms';

export interface Antecedent {
  start: number;
  /** Head nouns of the name it was linked to or proposed as, and of its surface ("council"). */
  heads: string[];
  type: string;
  entityId?: string;
  /** Start of the candidate, for a description of a new name. */
  candidateStart?: number;
  ordinal?: number;
  base?: string;
}

export interface DefiniteDescription {
  first: number;
  last: number;
  head: string;
  /** "the next Council": the one after the antecedent in its series. */
  next: boolean;
  /** "Today's Council": the one held on the document's date. */
  today: boolean;
  antecedent: Antecedent;
}

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'todays', 'today’s', "today's"]);
const POSSESSIVES = new Set(['their', 'its', 'our']);
const TODAY = new Set(['todays', 'today’s', "today's"]);
const NEXT = new Set(['next', 'upcoming', 'following']);

/** Head nouns that name a kind, and the entity type of that kind. */
const KIND_OF_HEAD: Record<string, string> = {
  meeting: 'EVENT',
  gathering: 'EVENT',
  summit: 'EVENT',
  session: 'EVENT',
  conference: 'EVENT',
  event: 'EVENT',
  council: 'EVENT',
  forum: 'EVENT',
  dialogue: 'EVENT',
  agreement: 'AGREEMENT',
  memorandum: 'AGREEMENT',
  letter: 'AGREEMENT',
  deal: 'AGREEMENT',
  accord: 'AGREEMENT',
  arrangement: 'AGREEMENT',
  partnership: 'AGREEMENT',
  treaty: 'AGREEMENT',
  project: 'INITIATIVE',
  initiative: 'INITIATIVE',
  program: 'INITIATIVE',
  process: 'INITIATIVE',
  mechanism: 'INITIATIVE',
  scheme: 'INITIATIVE',
  framework: 'INITIATIVE',
  agency: 'ORGANIZATION',
  ministry: 'ORGANIZATION',
  institute: 'ORGANIZATION',
  office: 'ORGANIZATION',
  commission: 'ORGANIZATION',
  organization: 'ORGANIZATION',
  center: 'ORGANIZATION',
  country: 'COUNTRY',
  nation: 'COUNTRY',
  bloc: 'BLOC',
  union: 'BLOC',
  city: 'PLACE',
  technology: 'TECHNOLOGY',
  law: 'LAW',
  act: 'LAW',
  regulation: 'LAW',
};

const PREPOSITIONS = new Set(['of', 'for', 'on', 'in', 'with', 'between']);

/** The head noun of a name's normal words: the last word before a preposition, else the last. */
export function headOf(words: string[]): string | undefined {
  const at = words.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word));
  return at > 0 ? words[at - 1] : words[words.length - 1];
}

/**
 * A description fits an antecedent with the same head noun; a bare kind word ("the meeting",
 * "The agreement") also fits the nearest antecedent of that kind, but a modified one ("the joint
 * project") may describe something else and needs the head noun.
 */
function fits(head: string, modified: boolean, antecedent: Antecedent): boolean {
  return antecedent.heads.includes(head) || (!modified && KIND_OF_HEAD[head] === antecedent.type);
}

/** Descriptions starting at a determiner at `at`, resolved against earlier mentions. */
export function definiteAt(
  words: Word[],
  at: number,
  covered: boolean[],
  earlier: Antecedent[],
  isToday?: (antecedent: Antecedent) => boolean,
): DefiniteDescription | undefined {
  const determiner = words[at]!;
  const lower = determiner.text.toLowerCase();
  const possessive = POSSESSIVES.has(lower);
  if (!DETERMINERS.has(lower) && !possessive) return undefined;
  let next = false;
  let demonstrativeNext = false;
  let ordinal: number | undefined;
  // Up to three modifiers, then the head noun; stop before anything a name already covers.
  for (let k = at + 1; k <= at + 4 && k < words.length; k += 1) {
    const word = words[k]!;
    if (covered[k] || word.sentence !== determiner.sentence || !/^[\p{L}]+$/u.test(word.text)) return undefined;
    // "the next Council" is the one after; "this upcoming gathering" the upcoming one just named.
    if (NEXT.has(word.text.toLowerCase())) {
      if (lower === 'this' || lower === 'that') demonstrativeNext = true;
      else next = true;
    }
    ordinal ??= ordinalValue(word.text);
    const head = normalWord(word.text.toLowerCase());
    const following = words[k + 1];
    const headEnds =
      !following ||
      following.sentence !== word.sentence ||
      !/^[\p{Ll}\p{Lu}]/u.test(following.text) ||
      following.pos === 'ADP' ||
      following.pos === 'VERB' ||
      following.pos === 'AUX' ||
      following.pos === 'CCONJ' ||
      following.pos === 'PRON';
    if (!(word.pos === 'NOUN' || word.pos === 'PROPN') || !headEnds) continue;
    // "these two ministries", "the partners": a description of several things is not a mention.
    if (pluralize.isPlural(word.text.toLowerCase()) && pluralize.singular(word.text.toLowerCase()) !== word.text.toLowerCase())
      return undefined;
    // The head of a description is a common noun ("council", "Memorandum"), not a name ("Japan").
    if (!KIND_OF_HEAD[head] && !/^\p{Ll}/u.test(word.text)) return undefined;
    const modified = k > at + 1 && !next && !(demonstrativeNext && k === at + 2);
    const before = [...earlier].reverse().filter((candidate) => candidate.start < determiner.start);
    // "Today's Council" is the one dated at the document, wherever it was named.
    const dated =
      TODAY.has(lower) && isToday ? before.find((candidate) => candidate.heads.includes(head) && isToday(candidate)) : undefined;
    const antecedent =
      dated ??
      before.find((candidate) => candidate.heads.includes(head)) ??
      before.find((candidate) => fits(head, modified && ordinal === undefined, candidate));
    if (!antecedent) return undefined;
    // "the first meeting" is not the second one named before.
    if (ordinal !== undefined && antecedent.ordinal !== ordinal) return undefined;
    return { first: possessive ? at + 1 : at, last: k, head, next, today: TODAY.has(lower), antecedent };
  }
  return undefined;
}
