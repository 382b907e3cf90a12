/**
 * Names the graph lacks: runs of capitalised words (with the connectors proper names contain:
 * "Ministry of Economy, Trade and Industry", "Declaration for the Future of Internet") that no
 * link or ambiguous mention covers, typed by what English puts around a name: a title or
 * honorific before it or a title in apposition after it makes a person; the head noun makes an
 * organisation ("Ministry"), event ("Summit"), agreement ("Memorandum"), initiative
 * ("Programme"), law ("Act") or place ("Ocean"); ISO country names make countries; a preposition
 * of place before a single unknown name makes a place.
 */
import { looksLikeAcronym } from './acronyms';
import { isCountryName } from './countryNames';
import { ordinalValue } from './ordinals';
import { isNameWord, titleStart } from './people';
import { isEnglishText, isKnownWord, type TextReading, type Word } from './readText';
import { isHonorific, isTitleHead, typeOfHead } from './titles';

export interface NewNameSpan {
  first: number;
  last: number;
  /** The first word of the name itself, after an honorific or title the span includes. */
  nameFirst: number;
  /** The word that gave the type, if a word did ("Ministry", "Summit", "5G"). */
  head?: number;
  type: string;
  reason: string;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', '&', 'de']);
// Names of texts take a topic after "on": "Memorandum of Cooperation on Semiconductors".
const DOCUMENT_HEADS =
  /^(memorandum|letter|declaration|agreement|arrangement|charter|code|principles|statement|strategy|framework|convention|treaty|accord|protocol|dialogue)$/i;
const MONTHS_AND_DAYS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'across']);
const GEOGRAPHY =
  /^(europe|asia|africa|america|americas|oceania|antarctica|arctic|antarctic|pacific|atlantic|indo-pacific|mediterranean|baltic|balkans|middle east)$/i;
const LOWER_NOT_NAME = new Set(['i', 'a']);
const LEADING = new Set(['the', 'todays', 'today’s', "today's", 'this', 'these', 'that', 'those']);
export const DEFAULT_REASON = 'a proper name with no telling head noun';
export const NAME_SHAPE_REASON = 'the shape of a personal name: two or three capitalised words, not English words';

function capitalised(word: Word): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word.text) && /[\p{L}]/u.test(word.text) && word.pos !== 'PUNCT';
}

const capitalsInside = new WeakMap<TextReading, Set<string>>();

/** Words the text capitalises inside a sentence, where only a name is capitalised. */
function capitalisedInside(reading: TextReading): Set<string> {
  let set = capitalsInside.get(reading);
  if (!set) {
    set = new Set();
    const words = reading.words;
    for (let at = 1; at < words.length; at += 1) if (capitalised(words[at]!) && !atSentenceStart(words, at)) set.add(words[at]!.text);
    capitalsInside.set(reading, set);
  }
  return set;
}

function atSentenceStart(words: Word[], at: number): boolean {
  return at === 0 || words[at - 1]!.sentence !== words[at]!.sentence || /^[-•:«"“.!?]$/.test(words[at - 1]!.text);
}

/**
 * A sentence's first word is capitalised by position; it starts a name only if it is a proper noun.
 * In English the model's POS tag says so. In another language ("Oggi", "Questo") the tag is no
 * guide: the word must be a country name or an acronym, or be capitalised inside a sentence too.
 */
function startsName(reading: TextReading, at: number): boolean {
  const words = reading.words;
  const word = words[at]!;
  if (!capitalised(word) || LOWER_NOT_NAME.has(word.text.toLowerCase()) || MONTHS_AND_DAYS.test(word.text)) return false;
  const sentenceStart = atSentenceStart(words, at);
  if (sentenceStart && !isEnglishText(reading))
    return isCountryName(word.text) || looksLikeAcronym(word.text) || capitalisedInside(reading).has(word.text);
  if (sentenceStart && word.pos !== 'PROPN' && !looksLikeAcronym(word.text)) return false;
  if (sentenceStart && ['ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'AUX', 'ADV', 'PART'].includes(word.pos)) return false;
  if (word.pos === 'ADJ' && !(words[at + 1] && capitalised(words[at + 1]!) && words[at + 1]!.sentence === word.sentence)) return false;
  return true;
}

function headOf(words: Word[], first: number, last: number): Word {
  for (let k = first + 1; k <= last; k += 1) if (['of', 'for', 'on', 'in'].includes(words[k]!.text.toLowerCase())) return words[k - 1]!;
  return words[last]!;
}

function typeOf(words: Word[], first: number, last: number, reading: TextReading): { type: string; reason: string; head?: number } {
  const text = reading.text.slice(words[first]!.start, words[last]!.end);
  if (isCountryName(text)) return { type: 'COUNTRY', reason: 'an ISO 3166 country name' };
  const head = headOf(words, first, last);
  const headType = typeOfHead(head.text.split('-').pop() ?? head.text);
  if (headType) return { type: headType, reason: `head noun "${head.text}"`, head: head.index };
  // "Overview of the Council": a head that types nothing leaves the type to its complement's head.
  const complementType = head.index !== last ? typeOfHead(words[last]!.text) : undefined;
  if (complementType) return { type: complementType, reason: `head noun "${words[last]!.text}" of the complement`, head: last };
  if (GEOGRAPHY.test(text) || (first === last && GEOGRAPHY.test(words[first]!.text)))
    return { type: 'PLACE', reason: 'a geographical name' };
  // "the Q-NEKO project", "the joint project 6G MIRAI-HARMONY": a kind word beside the name.
  const beside = [
    words[last + 1],
    words[first - 1],
    words[first - 2]?.pos === 'ADJ' ? undefined : words[first - 1]?.pos === 'NOUN' ? undefined : words[first - 2],
  ];
  for (const near of beside) {
    if (!near || near.sentence !== words[first]!.sentence || !/^\p{Ll}/u.test(near.text)) continue;
    const kind = typeOfHead(near.text);
    if (kind === 'GROUP' || kind === 'AGREEMENT') continue;
    // The kind word stands outside the name, so it is the name's own: head -1.
    if (kind) return { type: kind, reason: `beside the word "${near.text}"`, head: -1 };
  }
  // "Q-Neko, a project involving ...": a kind noun in apposition.
  if (words[last + 1]?.text === ',' && ['a', 'an'].includes(words[last + 2]?.text ?? '')) {
    for (let k = last + 3; k <= last + 5 && k < words.length; k += 1) {
      const near = words[k]!;
      if (near.sentence !== words[first]!.sentence || !/^\p{Ll}[\p{Ll}-]*$/u.test(near.text)) break;
      const kind = near.pos === 'NOUN' ? typeOfHead(near.text) : undefined;
      if (kind && kind !== 'GROUP') return { type: kind, reason: `in apposition to "${near.text}"`, head: -1 };
      if (!['ADJ', 'NOUN'].includes(near.pos)) break;
    }
  }
  const before = words[first - 1];
  const after = words[last + 1];
  if (before && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && first === last)
    return { type: 'PLACE', reason: `after "${before.text}"` };
  if (after && (after.text === ':' || after.text === ',') && first === last && /^\p{Lu}+$/u.test(words[first]!.text) && first === 0)
    return { type: 'PLACE', reason: 'a dateline' };
  // "Beyond 5G" is a technology; "6G MIRAI-HARMONY" a project named after one.
  if (/^\d+G$/i.test(words[last]!.text)) return { type: 'TECHNOLOGY', reason: 'ends in a technology generation ("5G")', head: first };
  if (/^\d+G$/i.test(words[first]!.text)) return { type: 'INITIATIVE', reason: 'a name after a technology generation', head: last };
  return { type: 'ORGANIZATION', reason: DEFAULT_REASON };
}

/** A person: honorific or title before, or ", <title>" after (apposition), or surname in capitals. */
function personEvidence(words: Word[], first: number, last: number): { start: number; reason: string } | undefined {
  const count = last - first + 1;
  if (count > 3 || !words.slice(first, last + 1).every((word) => isNameWord(word) || word.text === '-')) return undefined;
  const title = titleStart(words, first);
  if (title >= 0 && isHonorific(words[title]!.text)) return { start: title, reason: `honorific "${words[title]!.text}"` };
  if (title >= 0) {
    // A title's portfolio also precedes capitalised words ("Minister of State for Science and
    // Technology Policy"): a name after a title has a word the English model does not know
    // ("Kono", "Ishii", "Masaaki"); English words there are the portfolio's.
    const foreign = words.slice(first, last + 1).some((word) => /\p{L}/u.test(word.text) && !isKnownWord(word.text));
    if (foreign) return { start: count === 1 ? title : first, reason: 'a title before the name' };
  }
  const comma = words[last + 1];
  if (comma?.text === ',' && count >= 2) {
    for (let k = last + 2; k < Math.min(words.length, last + 6); k += 1) {
      if (isTitleHead(words[k]!.text) || isTitleHead(words[k]!.text.split('-').pop() ?? ''))
        return { start: first, reason: `a title in apposition ("${words[k]!.text}")` };
      if (!/^[\p{Lu}]/u.test(words[k]!.text)) break;
    }
  }
  const yearAfter = /^(19|20)\d\d$/.test(words[last + 1]?.text ?? '');
  if (
    count === 2 &&
    !yearAfter &&
    !typeOfHead(words[last]!.text) &&
    // "KONO Taro", "OTA Fusae": a family name of three letters or more ("Hiroshima AI" holds an acronym).
    words.slice(first, last + 1).some((word) => /^\p{Lu}{3,}$/u.test(word.text)) &&
    words.slice(first, last + 1).some((word) => /^\p{Lu}\p{Ll}+$/u.test(word.text))
  )
    return { start: first, reason: 'a family name in capitals' };
  return undefined;
}

export function newNameSpans(reading: TextReading, covered: boolean[]): NewNameSpan[] {
  const words = reading.words;
  const spans: NewNameSpan[] = [];
  for (let at = 0; at < words.length; at += 1) {
    if (covered[at] || !startsName(reading, at)) continue;
    // "the next Digital Partnership Council" is read as a description of the series (definites.ts).
    if (['next', 'upcoming', 'following'].includes(words[at - 1]?.text.toLowerCase() ?? '')) {
      while (words[at + 1] && capitalised(words[at + 1]!) && words[at + 1]!.sentence === words[at]!.sentence) at += 1;
      continue;
    }
    let last = at;
    let k = at + 1;
    while (k < words.length && !covered[k] && words[k]!.sentence === words[at]!.sentence) {
      const word = words[k]!;
      if (capitalised(word) && !MONTHS_AND_DAYS.test(word.text)) {
        last = k;
        k += 1;
        continue;
      }
      // Connectors, a joining hyphen, or a comma inside "Economy, Trade and Industry".
      const lower = word.text.toLowerCase();
      // "Mr. Kono and Commissioner Breton" are two people.
      if (lower === 'and' && words[k + 1] && (isHonorific(words[k + 1]!.text) || isTitleHead(words[k + 1]!.text))) break;
      const documentLike = words.slice(at, k).some((part) => DOCUMENT_HEADS.test(part.text));
      const joiner =
        (CONNECTORS.has(lower) &&
          (lower !== 'on' || documentLike) &&
          (lower !== 'the' || ['of', 'for'].includes(words[k - 1]!.text.toLowerCase()))) ||
        (word.text === '-' && word.attached) ||
        // "G7 Digital & Tech Ministers’ Meeting"
        (/^['’]$/u.test(word.text) && word.attached && /s$/.test(words[k - 1]!.text)) ||
        // A list inside a name stands in its complement: "Ministry of Economy, Trade and Industry".
        (word.text === ',' &&
          words[k + 1] &&
          capitalised(words[k + 1]!) &&
          words[k + 2]?.text === 'and' &&
          words.slice(at, k).some((part) => ['of', 'for'].includes(part.text)));
      if (joiner && words[k + 1] && !covered[k + 1] && (capitalised(words[k + 1]!) || words[k + 1]!.text.toLowerCase() === 'the')) {
        k += 1;
        continue;
      }
      break;
    }
    last = topicExtension(words, at, last, covered);
    // "the [second Digital Partnership Council]": an ordinal before a name is part of it.
    if (at > 0 && !covered[at - 1] && ordinalValue(words[at - 1]!.text) !== undefined && /^\p{Ll}/u.test(words[at - 1]!.text)) at -= 1;
    const kindEnd = kindNounExtension(words, last);
    if (kindEnd > last) {
      spans.push({
        first: at,
        last: kindEnd,
        nameFirst: at,
        type: /(isation|ization)$/.test(words[kindEnd]!.text) ? 'POLICY_AREA' : typeOfHead(words[kindEnd]!.text)!,
        reason: `a kind noun "${words[kindEnd]!.text}" after the name`,
        head: kindEnd,
      });
      at = kindEnd;
      continue;
    }
    let first = at;
    while (first < last && LEADING.has(words[first]!.text.toLowerCase())) first += 1;
    // A lone title, or a lone kind word ("Council", "Memorandum": a description, see definites.ts).
    if (
      first === last &&
      (isTitleHead(words[first]!.text) ||
        isHonorific(words[first]!.text) ||
        typeOfHead(words[first]!.text) ||
        LEADING.has(words[first]!.text.toLowerCase()))
    ) {
      at = last;
      continue;
    }
    // An honorific or title that opens the run: "Mr. KONO Taro", "Dr Lee Jong-Ho", "Commissioner Breton".
    let nameFirst = first;
    while (nameFirst < last && (isHonorific(words[nameFirst]!.text) || isTitleHead(words[nameFirst]!.text))) nameFirst += 1;
    if (nameFirst > first) {
      const rest = words.slice(nameFirst, last + 1).filter((word) => word.text !== '-');
      if (rest.length <= 3 && rest.every((word) => isNameWord(word))) {
        const keepTitle = isHonorific(words[first]!.text) || rest.length === 1;
        spans.push({
          first: keepTitle ? first : nameFirst,
          last,
          nameFirst,
          type: 'PERSON',
          reason: `"${words[first]!.text}" before the name`,
        });
        at = last;
        continue;
      }
    }
    const titled = titleRunPerson(words, first, last);
    if (titled) spans.push(titled);
    else for (const part of splitList(words, first, last, reading)) pushTyped(spans, words, part.first, part.last, reading);
    at = last;
  }
  return spans;
}

/**
 * "Asia and Europe", "5G and 6G" are two names; "Ministry of Economy, Trade and Industry" is one:
 * an "and" after "of", "for" or "on" joins the complement of one name. Otherwise the run is split
 * when the whole has no telling head, or when the part before "and" is typed on its own, by the
 * same evidence as the part after it ("5G" and "6G" both name a technology generation).
 */
function splitList(words: Word[], first: number, last: number, reading: TextReading): Array<{ first: number; last: number }> {
  let and = -1;
  for (let k = first + 1; k < last && and < 0; k += 1) {
    if (['of', 'for', 'on'].includes(words[k]!.text.toLowerCase())) return [{ first, last }];
    if (words[k]!.text === 'and') and = k;
  }
  if (and < 0) return [{ first, last }];
  if (typeOf(words, first, last, reading).reason !== DEFAULT_REASON) {
    const left = typeOf(words, first, and - 1, reading);
    const right = typeOf(words, and + 1, last, reading);
    if (left.reason === DEFAULT_REASON || left.type !== right.type || left.reason !== right.reason) return [{ first, last }];
  }
  return [
    { first, last: and - 1 },
    { first: and + 1, last },
  ].filter((part) => part.first <= part.last && words[part.last]!.text !== ',');
}

/**
 * Whether a run that is no person could still be a name: a title alone ("Commissioner for the
 * Internal Market") is a role, not a name; one capitalised English word is a sentence start or a
 * heading ("Overview", "Held") unless it is a country, a geographical name, an acronym or a word
 * the language model does not know (names mostly are not English words: "Seoul", "Q-NEKO").
 */
function couldBeName(words: Word[], first: number, last: number, reading: TextReading): boolean {
  const run = words.slice(first, last + 1);
  if (run.some((word) => !isHonorific(word.text) && (isTitleHead(word.text) || isTitleHead(word.text.split('-').pop() ?? ''))))
    return false;
  // A word cut off where a partial text stops ("Workin") is no name.
  if (words[last]!.end === reading.text.length && /\p{L}$/u.test(reading.text) && !isKnownWord(words[last]!.text)) return false;
  if (/^\d/.test(words[first]!.text) && !/^\d+G$/i.test(words[first]!.text) && first === last) return false;
  if (run.filter((word) => /[\p{L}\p{N}]/u.test(word.text)).length > 1) return true;
  const word = words[first]!;
  return isCountryName(word.text) || GEOGRAPHY.test(word.text) || looksLikeAcronym(word.text) || !isKnownWord(word.text.replace(/\.$/, ''));
}

function pushTyped(spans: NewNameSpan[], words: Word[], first: number, last: number, reading: TextReading): void {
  {
    const person = personEvidence(words, first, last);
    if (person) spans.push({ first: Math.min(person.start, first), last, nameFirst: first, type: 'PERSON', reason: person.reason });
    else {
      // A title run ending in a surname: "Digital Minister Kono", "MIC Minister Matsumoto".
      const titled = titleRunPerson(words, first, last);
      if (titled) spans.push(titled);
      else if (couldBeName(words, first, last, reading)) {
        const typed = typeOf(words, first, last, reading);
        if (typed.reason === DEFAULT_REASON && personShape(words, first, last, reading))
          spans.push({ first, last, nameFirst: first, type: 'PERSON', reason: NAME_SHAPE_REASON });
        else spans.push({ first, last, nameFirst: first, ...typed });
      }
    }
  }
}

const NAME_PART = /^\p{Lu}\p{Ll}+$/u;

/**
 * A name with no head, title or honorific may still be a person's by its shape: "Thierry Breton",
 * "Masaaki Taira", "Lee Jong-Ho" are two or three words written like names (a capital, then lower
 * case; hyphenated parts alike), none a country, a geographical name or a word that types a name
 * ("Forum"), and in an English text at least one of them is no English word (given and family
 * names mostly are not: "Thierry", "Kono"; "Horizon Europe" has "Europe", a geographical name).
 */
function personShape(words: Word[], first: number, last: number, reading: TextReading): boolean {
  const parts: string[] = [];
  for (let k = first; k <= last; k += 1) {
    const word = words[k]!;
    if (word.text === '-' && word.attached && k > first && k < last) continue;
    if (words[k - 1]?.text === '-' && word.attached && k > first) {
      if (!NAME_PART.test(word.text) && !/^\p{Ll}+$/u.test(word.text)) return false;
      continue;
    }
    parts.push(word.text);
  }
  if (parts.length < 2 || parts.length > 3) return false;
  if (!parts.every((part) => NAME_PART.test(part) && part.length >= 2)) return false;
  if (parts.some((part) => isCountryName(part) || GEOGRAPHY.test(part) || typeOfHead(part) || MONTHS_AND_DAYS.test(part))) return false;
  if (/^(19|20)\d\d$/.test(words[last + 1]?.text ?? '')) return false;
  return !isEnglishText(reading) || parts.some((part) => !isKnownWord(part));
}

const KIND_TYPES = new Set(['EVENT', 'AGREEMENT', 'INITIATIVE']);

/**
 * "G-7 summit", "EU Horizon program", "AI communication channel": a name, up to two lower-case
 * nouns and a lower-case kind noun form one name of that kind. Returns the kind noun's index.
 */
function kindNounExtension(words: Word[], last: number): number {
  for (let k = last + 1; k <= last + 3 && k < words.length; k += 1) {
    const word = words[k]!;
    if (
      word.sentence !== words[last]!.sentence ||
      !/^\p{Ll}+$/u.test(word.text) ||
      !(word.pos === 'NOUN' || (word.pos === 'ADJ' && k < last + 3))
    )
      return last;
    const kind = /(isation|ization)$/.test(word.text) ? 'POLICY_AREA' : typeOfHead(word.text);
    const next = words[k + 1];
    if (kind && (KIND_TYPES.has(kind) || kind === 'POLICY_AREA') && !(next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text))) return k;
  }
  return last;
}

/** "Memorandum of Cooperation on semiconductors": an agreement's topic in lower case is part of its name. */
function topicExtension(words: Word[], first: number, last: number, covered: boolean[]): number {
  const isAgreement = words.slice(first, last + 1).some((word) => typeOfHead(word.text) === 'AGREEMENT');
  if (!isAgreement || words[last + 1]?.text !== 'on') return last;
  let end = last + 1;
  for (let k = last + 2; k <= last + 4 && k < words.length; k += 1) {
    const word = words[k]!;
    if (word.sentence !== words[last]!.sentence || !/^\p{Ll}+$/u.test(word.text) || !['NOUN', 'ADJ'].includes(word.pos)) break;
    end = k;
  }
  void covered;
  return end > last + 1 ? end : last;
}

function titleRunPerson(words: Word[], first: number, last: number): NewNameSpan | undefined {
  const final = words[last]!;
  if (
    last === first ||
    !isNameWord(final) ||
    (!isTitleHead(words[last - 1]!.text.split('-').pop() ?? '') && !isTitleHead(words[last - 1]!.text))
  ) {
    // "Parliamentary Vice-Minister for Economy, Trade and Industry Ishii": a title head earlier.
    if (last === first || !isNameWord(final)) return undefined;
    const hasHead = words.slice(first, last).some((word) => isTitleHead(word.text) || isTitleHead(word.text.split('-').pop() ?? ''));
    if (!hasHead || typeOfHead(final.text) || isKnownWord(final.text)) return undefined;
    if (!/^(\p{Lu}\p{Ll}+)$/u.test(final.text) || words[last - 1]!.text === ',') return undefined;
    const headIsLastCapital = words.slice(first, last).filter((word) => /^\p{Lu}/u.test(word.text)).length >= 1;
    return headIsLastCapital ? { first, last, nameFirst: last, type: 'PERSON', reason: 'a title run ending in a name' } : undefined;
  }
  return { first, last, nameFirst: last, type: 'PERSON', reason: `title "${words[last - 1]!.text}" before the name` };
}
