/**
 * The entities a question names. First the name engine reads the question as a text
 * (resolveMentions: spans, typos, acronyms, titles). What it leaves uncovered is tried again
 * word run by word run with lookupName, as typed and in title case ("kishida", "von der Leyen",
 * "Hiroshima AI proces"), longest runs first. Last, a meeting described rather than named is
 * found when one event alone fits the description: an ordinal ("the third council", "the 4th
 * DPC"), a place it was held in ("the Tokyo council") or a day ("the 30 April Council"). Then the
 * words of a run against the words of every name (nameWords.ts: typos, a word left out).
 */
import { lookupName, resolveMentions, type NameIndex } from '../names';
import porter from 'talisman/stemmers/porter';
import { ordinalValue } from '../names/ordinals';
import type { NameEntity } from '../names/types';
import { KIND_NOUNS } from './lexicon';
import { loneWordTypos, wordMatchedNames } from './nameWords';
import { MONTHS } from './periods';
import type { NamedEntity } from './types';
import { questionWords, type QuestionWord } from './words';

const MAX_RUN = 7;
/** Words a name may contain but never consist of. */
const NOT_NAMES = new Set(
  'a an the of for and or in on at to by with from is are was were be been did do does has have had will would can could who whom what which when where how why this that these those it its their they them both same share common say says mention article source many much yet still only also tell me please one'.split(
    ' ',
  ),
);
const EVENT_NOUNS = new Set(['council', 'councils', 'meeting', 'summit', 'dialogue', 'conference', 'dpc', 'ministerial']);

const titleCase = (text: string) => text.replace(/\b(\p{Ll})(\p{L}*)/gu, (_m, first: string, rest: string) => first.toUpperCase() + rest);

function overlapsAny(start: number, end: number, taken: readonly NamedEntity[]): boolean {
  return taken.some((name) => start < name.end && end > name.start);
}

function runsOfLookups(question: string, words: readonly QuestionWord[], index: NameIndex, found: NamedEntity[]): void {
  for (let length = Math.min(MAX_RUN, words.length); length >= 1; length -= 1) {
    for (let i = 0; i + length <= words.length; i += 1) {
      const run = words.slice(i, i + length);
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      if (overlapsAny(start, end, found)) continue;
      if (NOT_NAMES.has(run[0]!.lower) || NOT_NAMES.has(run[run.length - 1]!.lower)) continue;
      if (
        length === 1 &&
        !/^\p{Lu}{2,}$/u.test(run[0]!.text) &&
        (run[0]!.text.length < 3 || (run[0]!.lower === run[0]!.text && run[0]!.text.length < 5))
      )
        continue;
      // A run that stops inside a longer capitalised name is not that name ("Digital Partnership" of "... Council").
      const next = words[i + length];
      const previous = words[i - 1];
      // A plural kind noun after it is the head of the phrase, not part of a name ("EU-Japan Digital Partnership Councils").
      const headNoun = next !== undefined && next.lower.endsWith('s') && KIND_NOUNS.includes(next.lower);
      if (
        (next && /^\p{Lu}/u.test(next.text) && next.start - end <= 1 && !headNoun) ||
        (previous && /^\p{Lu}/u.test(previous.text) && start - previous.end <= 1 && /^\p{Lu}/u.test(run[0]!.text))
      )
        continue;
      // Only runs whose words the graph's names use are worth a lookup (each costs a resolver pass),
      // and a lone capitalised word inside the question, which may be a misspelt surname ("Virkunen").
      const loneName = length === 1 && i > 0 && /^\p{Lu}\p{Ll}{4,}$/u.test(run[0]!.text);
      if (
        !loneName &&
        !run.every(
          (word) =>
            word.text.length < 3 ||
            NOT_NAMES.has(word.lower) ||
            // A hyphenated word ("EU-Japan") is known when each of its parts is.
            word.text.split('-').every((part) => index.byWord.has(porter(part.toLowerCase())) || /^\p{Lu}{2,}$/u.test(part)),
        )
      )
        continue;
      const text = question.slice(start, end);
      const link = lookupName(text, index) ?? (text === titleCase(text) ? null : lookupName(titleCase(text), index));
      if (link) found.push({ entityId: link.entityId, start, end, text });
    }
  }
}

/** Initials of a name's capitalised words ("Digital Partnership Council" -> "dpc"). */
function initialsOf(name: string): string {
  return (name.match(/\b\p{Lu}/gu) ?? []).join('').toLowerCase();
}

function nounFits(event: NameEntity, noun: string): boolean {
  return event.name.toLowerCase().includes(noun.replace(/s$/, '')) || initialsOf(event.name).includes(noun);
}

const hasOrdinal = (event: NameEntity, ordinal: number) => event.name.split(/\s+/).some((word) => ordinalValue(word) === ordinal);

/**
 * "How does the fourth DPC relate to the third?": an ordinal standing alone after "the" names the
 * meeting of the same kind as the one an ordinal described before it, when one event alone fits.
 */
function ellipticalOrdinals(
  question: string,
  words: readonly QuestionWord[],
  events: readonly NameEntity[],
  nouns: readonly string[],
  found: NamedEntity[],
): void {
  if (nouns.length === 0) return;
  const noun = nouns[0]!;
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i]!;
    const ordinal = ordinalValue(word.lower);
    if (ordinal === undefined || words[i - 1]!.lower !== 'the') continue;
    const next = words[i + 1];
    if (next && next.lower !== 'one' && !NOT_NAMES.has(next.lower)) continue;
    if (overlapsAny(word.start, word.end, found)) continue;
    const fits = events.filter((event) => nounFits(event, noun) && hasOrdinal(event, ordinal));
    if (fits.length === 1)
      found.push({ entityId: fits[0]!.id, start: word.start, end: word.end, text: question.slice(word.start, word.end) });
  }
}

function describedEvents(question: string, words: readonly QuestionWord[], index: NameIndex, found: NamedEntity[]): void {
  const events = [...index.entities.values()].filter((entity) => entity.type === 'EVENT');
  const ordinalNouns: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const noun = words[i]!;
    if (!EVENT_NOUNS.has(noun.lower)) continue;
    // The description: up to four words before the noun, back to a determiner or a name.
    let first = i;
    while (first > 0 && i - first < 4 && !NOT_NAMES.has(words[first - 1]!.lower)) first -= 1;
    const before = words.slice(first, i);
    const after = words.slice(i + 1, i + 3);
    const ordinal = before.map((word) => ordinalValue(word.lower)).find((value) => value !== undefined);
    const day = before.length >= 2 ? /^(\d{1,2})$/.exec(before[0]!.lower) : null;
    const month = before.find((word) => MONTHS.includes(word.lower));
    // What qualifies it: a place it was held in (before or after the noun), or a name before it
    // that the event is linked to ("the OECD ministerial": the one convened under the OECD).
    const places = [...before, ...after]
      .map((word) => {
        const named = found.find((name) => word.start >= name.start && word.end <= name.end);
        const link = named ?? lookupName(word.text, index);
        const type = link ? index.entities.get(link.entityId)?.type : undefined;
        return link && (type === 'PLACE' || (named && before.includes(word) && type !== 'EVENT'))
          ? { entityId: link.entityId, start: word.start, end: word.end }
          : null;
      })
      .filter((place) => place !== null);
    const fits = events.filter((event) => {
      if (!nounFits(event, noun.lower)) return false;
      if (ordinal !== undefined && !hasOrdinal(event, ordinal)) return false;
      if (
        day &&
        month &&
        !(event.date ?? '').endsWith(`-${String(MONTHS.indexOf(month.lower) + 1).padStart(2, '0')}-${day[1]!.padStart(2, '0')}`)
      )
        return false;
      if (places.length > 0 && !places.every((place) => index.related.relates(event.id, place.entityId))) return false;
      return ordinal !== undefined || (day !== null && month !== undefined) || places.length > 0;
    });
    if (fits.length !== 1) continue;
    if (ordinal !== undefined) ordinalNouns.push(noun.lower);
    const start =
      places.length > 0 ? Math.min(before[0]?.start ?? noun.start, ...places.map((p) => p.start)) : (before[0]?.start ?? noun.start);
    const end = noun.end;
    // The described event replaces the places and parties that only qualified it ("the Tokyo council", "the 4th EU-Japan DPC").
    for (const inner of found.filter((name) => name.start >= start && name.end <= end)) found.splice(found.indexOf(inner), 1);
    for (const inner of found.filter((name) => places.some((p) => p.start === name.start) && name.end > end))
      found.splice(found.indexOf(inner), 1);
    if (overlapsAny(start, end, found)) continue;
    found.push({ entityId: fits[0]!.id, start, end, text: question.slice(start, end) });
  }
  ellipticalOrdinals(question, words, events, ordinalNouns, found);
}

const TOPIC_NOUNS = new Set(['memorandum', 'letter', 'agreement', 'declaration', 'statement', 'forum', 'dialogue']);
const TOPIC_TYPES = new Set(['TECHNOLOGY', 'POLICY_AREA']);

/**
 * "The memorandum on digital identities and trust services": a thing described by its topics, found
 * when one entity alone has the noun in its name and is linked to every topic named after "on";
 * it replaces the topics, which only described it.
 */
function describedByTopics(question: string, words: readonly QuestionWord[], index: NameIndex, found: NamedEntity[]): void {
  for (let i = 0; i + 2 < words.length; i += 1) {
    const noun = words[i]!;
    if (!TOPIC_NOUNS.has(noun.lower) || !['on', 'about'].includes(words[i + 1]!.lower)) continue;
    if (overlapsAny(noun.start, noun.end, found)) continue;
    const topics: NamedEntity[] = [];
    let at = words[i + 1]!.end;
    for (const name of [...found].sort((a, b) => a.start - b.start)) {
      if (name.start < at) continue;
      const between = question.slice(at, name.start).trim().toLowerCase();
      if (!['', 'and', ',', 'the'].includes(between)) break;
      if (!TOPIC_TYPES.has(index.entities.get(name.entityId)?.type ?? '')) break;
      topics.push(name);
      at = name.end;
    }
    if (topics.length === 0) continue;
    const fits = [...index.entities.values()].filter(
      (entity) =>
        entity.name.toLowerCase().includes(noun.lower) && topics.every((topic) => index.related.relates(entity.id, topic.entityId)),
    );
    if (fits.length !== 1) continue;
    for (const topic of topics) found.splice(found.indexOf(topic), 1);
    found.push({ entityId: fits[0]!.id, start: noun.start, end: at, text: question.slice(noun.start, at) });
  }
}

/**
 * "The academic-qualifications commitment": a lower-case compound whose words are all words of one
 * entity's name alone (here "EU-Japan mutual recognition of academic qualifications"), with the
 * noun it qualifies, names that entity; found only when no name covers it and one entity fits.
 */
function describedByCompound(question: string, words: readonly QuestionWord[], index: NameIndex, found: NamedEntity[]): void {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const parts = word.text.split('-');
    if (parts.length < 2 || word.text !== word.lower || parts.some((part) => part.length < 3 || NOT_NAMES.has(part))) continue;
    if (overlapsAny(word.start, word.end, found)) continue;
    const stems = parts.map((part) => porter(part));
    const fits = [...index.entities.values()].filter((entity) => {
      const own = new Set(
        entity.name
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
          .map((w) => porter(w)),
      );
      return stems.every((stem) => own.has(stem));
    });
    if (fits.length !== 1) continue;
    const next = words[i + 1];
    const end = next && next.pos === 'NOUN' && !overlapsAny(next.start, next.end, found) ? next.end : word.end;
    found.push({ entityId: fits[0]!.id, start: word.start, end, text: question.slice(word.start, end) });
  }
}

/**
 * Names written straight before another name as its qualifier, when that name carries them
 * ("EU-Japan joint working groups": the groups' name is "EU-Japan joint working groups on ...",
 * so "EU" and "Japan" only say which groups), are part of it, not names of their own.
 */
function absorbQualifiers(question: string, index: NameIndex, found: NamedEntity[]): void {
  const wordsOf = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  for (const name of [...found].sort((a, b) => b.start - a.start)) {
    if (!found.includes(name)) continue;
    const entity = index.entities.get(name.entityId);
    if (!entity) continue;
    const own = new Set(wordsOf(entity.name));
    let start = name.start;
    const before = found.filter((other) => other !== name && other.end <= start).sort((a, b) => b.end - a.end);
    const absorbed: NamedEntity[] = [];
    for (const other of before) {
      const gap = question.slice(other.end, start);
      if (!/^[\s-]*$/.test(gap)) break;
      if (!wordsOf(other.text).every((word) => own.has(word))) break;
      absorbed.push(other);
      start = other.start;
    }
    if (absorbed.length === 0) continue;
    for (const other of absorbed) found.splice(found.indexOf(other), 1);
    found.splice(found.indexOf(name), 1, { ...name, start, text: question.slice(start, name.end) });
  }
}

export function findNames(question: string, index: NameIndex): NamedEntity[] {
  const { links } = resolveMentions(question, index);
  const found: NamedEntity[] = links.map((link) => ({ entityId: link.entityId, start: link.start, end: link.end, text: link.text }));
  const words = questionWords(question);
  runsOfLookups(question, words, index, found);
  describedEvents(question, words, index, found);
  wordMatchedNames(question, words, index, found);
  loneWordTypos(question, words, index, found);
  describedByTopics(question, words, index, found);
  describedByCompound(question, words, index, found);
  absorbQualifiers(question, index, found);
  return found.sort((a, b) => a.start - b.start);
}
