/**
 * Resolves the names in one text against the index: links to known entities, mentions left
 * ambiguous with their candidates, and candidates for names the graph lacks. The steps, in order:
 * 1. every span's shape is looked up (formMatches) and people by name or surname (people.ts);
 * 2. what the document names unambiguously and which parties it names become its context;
 * 3. each span is decided in that context (disambiguate.ts); the longest spans win, no overlaps;
 * 4. capitalised names left over become new-name candidates (newNames.ts), a title in apposition
 *    is dropped, and a named person may fill a post-holder (postHolders.ts);
 * 5. acronyms the text defines ("Long Form (LF)") stand for what their long form resolved to;
 * 6. definite descriptions take their antecedent (definites.ts).
 */
import { proposeNewNames } from './absorbNewNames';
import { applyAcronymDefinitions } from './acronymDefinitions';
import { fillPostHolders } from './appositions';
import { resolveDefinites } from './descriptions';
import { disambiguate, type Decision, type DocumentContext } from './disambiguate';
import { formMatches, type FormMatch } from './formMatches';
import { kindPhrases } from './kindPhrases';
import { PARTY_TYPES, select, type Mention } from './mention';
import { classifiedTechnologies, describedProjects, dropModifiers, extendAgreementTopics, extendTechnologies } from './modifiers';
import { possibleMatches } from './possibleMatches';
import type { NameIndex } from './nameIndex';
import { shapeOf, type NameShape } from './nameShape';
import { personProposals } from './people';
import { isEnglishText, readText, type TextReading } from './readText';
import { englishReadings, englishWord } from './otherLanguages';
import { candidateSpans } from './spans';
import { topicDescriptionMatch } from './topicDescriptions';
import type { NameCandidate, Resolution, ResolveOptions, ScoredMatch } from './types';
import { normalWord, normalWords, stem } from './wordForms';

const NEXT_WORDS = new Set(['next', 'upcoming', 'following']);

interface ShapedSpan {
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  shape: NameShape;
  matches: FormMatch[];
}

function sentenceOf(reading: TextReading, word: number) {
  const sentence = reading.sentences[reading.words[word]!.sentence]!;
  return { start: sentence.start, end: sentence.end, text: reading.text.slice(sentence.start, sentence.end) };
}

function documentContext(shaped: ShapedSpan[], index: NameIndex, options: ResolveOptions): DocumentContext {
  const named = new Set<string>();
  for (const span of shaped) {
    const ids = new Set(span.matches.map((match) => match.form.entityId));
    if (ids.size !== 1) continue;
    const id = [...ids][0]!;
    const entity = index.entities.get(id)!;
    if (entity.type === 'EVENT' && entity.date && span.shape.ordinal === undefined && span.shape.year === undefined) continue;
    named.add(id);
  }
  const parties = new Set([...named].filter((id) => PARTY_TYPES.has(index.entities.get(id)!.type)));
  for (const span of shaped) for (const party of span.shape.parties) parties.add(party);
  return { publishedAt: options.publishedAt ?? null, parties, named };
}

export function resolveMentions(text: string, index: NameIndex, options: ResolveOptions = {}): Resolution {
  const reading = readText(text);
  const words = reading.words;
  const shaped: ShapedSpan[] = candidateSpans(words).map((span) => {
    const surface = text.slice(span.start, span.end);
    const shape = shapeOf(normalWords(surface), index.parties);
    const after = words[span.last + 1]?.text.toLowerCase();
    const year = words[span.last + 2]?.text;
    if ((after === 'in' || after === 'of') && year && /^(19|20)\d\d$/.test(year)) shape.yearAfter = Number(year);
    const near = (match: FormMatch) => !match.form.nearWords || nearby(reading, span.first, match.form.nearWords);
    const matches = formMatches(shape, surface, index, options.documentId).filter(near);
    // A name in another language that matches nothing as written may match in English words.
    if (matches.length === 0 && !isEnglishText(reading)) {
      for (const english of englishReadings(surface)) {
        const translated = shapeOf(english, index.parties);
        translated.yearAfter = shape.yearAfter;
        const found = formMatches(translated, surface, index, options.documentId).filter(near);
        if (found.length > 0) return { ...span, surface, shape: translated, matches: found };
      }
    }
    return { ...span, surface, shape, matches };
  });
  const context = documentContext(shaped, index, options);

  const proposals: Mention[] = [];
  for (const span of shaped) {
    if (span.matches.length === 0) continue;
    // "the next Council" is not named by its words but by the one before it (definites.ts).
    if (NEXT_WORDS.has(words[span.first - 1]?.text.toLowerCase() ?? '')) continue;
    const decision = disambiguate(span.matches, span.shape, context, index);
    // A span no candidate fits is a new name only if it is written as one.
    if (decision.kind === 'none' && !/\p{Lu}/u.test(span.surface)) continue;
    const proposal: Mention = { first: span.first, last: span.last, start: span.start, end: span.end, decision, shape: span.shape };
    // A name no candidate fits is a new one of the candidates' kind ("Japan-EU Digital Partnership Council" in 2023).
    if (decision.kind === 'none' && decision.matches[0]) proposal.type = index.entities.get(decision.matches[0].entityId)!.type;
    proposals.push(proposal);
  }
  for (const person of personProposals(words, index, context.named, options.oneName === true)) {
    const [best, second] = person.matches;
    const decision: Decision =
      !second || best!.score - second.score >= 0.1 ? { kind: 'link', match: best! } : { kind: 'ambiguous', matches: person.matches };
    proposals.push({ first: person.first, last: person.last, start: words[person.first]!.start, end: words[person.last]!.end, decision });
  }
  let mentions = select(proposals);

  mentions = dropModifiers(mentions, reading, index);
  mentions = extendTechnologies(mentions, reading, index);
  mentions = classifiedTechnologies(mentions, reading, index, (name) => ({ kind: 'none', matches: possibleMatches(name, index) }));
  mentions = extendAgreementTopics(mentions, reading, index);
  mentions = kindPhrases(mentions, reading, index, (name) => ({ kind: 'none', matches: possibleMatches(name, index) }));
  mentions = proposeNewNames(mentions, reading, index);
  mentions = describedProjects(mentions, reading, index, (name) => ({ kind: 'none', matches: possibleMatches(name, index) }));
  for (const mention of mentions) {
    if (mention.decision.kind !== 'none' || mention.silent || !mention.type) continue;
    const topical = topicDescriptionMatch(text.slice(mention.start, mention.end), index, options.publishedAt);
    if (topical) mention.decision = { kind: 'link', match: topical };
  }
  sameNameSameType(mentions, text);
  mentions = fillPostHolders(mentions, reading, index, context);
  mentions = applyAcronymDefinitions(mentions, reading);
  mentions = resolveDefinites(mentions, reading, index, context);
  return output(mentions, reading, index);
}

/**
 * A new name typed only by default ("Q-NEKO focuses on ...") takes the type the same name has
 * where the text says what it is ("the newly launched Q-NEKO project"): one name, one type.
 */
function sameNameSameType(mentions: Mention[], text: string): void {
  // "Q-NEKO project" and "Q-NEKO" are one name: lower-case kind words after it are not its key.
  const keyOf = (mention: Mention) =>
    (mention.name ?? text.slice(mention.start, mention.end)).replace(/(\s+\p{Ll}[\p{Ll}-]*)+$/u, '').toLowerCase();
  const told = new Map<string, string>();
  for (const mention of mentions)
    if (mention.decision.kind === 'none' && !mention.silent && mention.type && !mention.defaultType && !told.has(keyOf(mention)))
      told.set(keyOf(mention), mention.type);
  for (const mention of mentions) {
    if (mention.decision.kind !== 'none' || !mention.defaultType) continue;
    const type = told.get(keyOf(mention));
    if (type) mention.type = type;
  }
}

const sentenceStems = new WeakMap<TextReading, Map<number, Set<string>>>();

/** Whether the sentence of words[at], or the one before or after, has all these word stems. */
function nearby(reading: TextReading, at: number, stems: string[]): boolean {
  let bySentence = sentenceStems.get(reading);
  if (!bySentence) {
    bySentence = new Map();
    for (const word of reading.words) {
      const set = bySentence.get(word.sentence) ?? new Set<string>();
      for (const normal of normalWords(word.text)) set.add(stem(normal));
      // In another language the words a short form needs nearby may be written in it ("tecnologia quantistica").
      const english = isEnglishText(reading) ? undefined : englishWord(word.text);
      if (english) set.add(stem(normalWord(english)));
      bySentence.set(word.sentence, set);
    }
    sentenceStems.set(reading, bySentence);
  }
  const sentence = reading.words[at]!.sentence;
  const near = [sentence - 1, sentence, sentence + 1].map((index) => bySentence!.get(index));
  return stems.every((stem) => near.some((set) => set?.has(stem)));
}

function output(mentions: Mention[], reading: TextReading, index: NameIndex): Resolution {
  const resolution: Resolution = { links: [], ambiguous: [], candidates: [] };
  for (const mention of mentions) {
    if (mention.silent) continue;
    const textOf = reading.text.slice(mention.start, mention.end);
    const { decision } = mention;
    if (decision.kind === 'link') {
      resolution.links.push({
        start: mention.start,
        end: mention.end,
        text: textOf,
        entityId: decision.match.entityId,
        score: decision.match.score,
        explanation: decision.match.explanation,
      });
    } else if (decision.kind === 'ambiguous') {
      resolution.ambiguous.push({ start: mention.start, end: mention.end, text: textOf, candidates: decision.matches });
    } else {
      const matches: ScoredMatch[] = decision.matches;
      const type = mention.type ?? (matches[0] ? index.entities.get(matches[0].entityId)!.type : 'ORGANIZATION');
      const candidate: NameCandidate = {
        name: (mention.name ?? textOf).replace(/^(the|The)\s+/, ''),
        type,
        surface: textOf,
        start: mention.start,
        end: mention.end,
        sentence: sentenceOf(reading, mention.first),
        matches,
      };
      if (mention.sameAs !== undefined) candidate.sameAs = mention.sameAs;
      resolution.candidates.push(candidate);
    }
  }
  return resolution;
}
