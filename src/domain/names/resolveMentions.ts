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
import porter from 'talisman/stemmers/porter';
import { abbreviates, looksLikeAcronym } from './acronyms';
import { definiteAt, headOf, type Antecedent } from './definites';
import { disambiguate, type Decision, type DocumentContext } from './disambiguate';
import { formMatches, type FormMatch } from './formMatches';
import { daysApart } from './isoDates';
import type { NameIndex } from './nameIndex';
import { shapeOf, type NameShape } from './nameShape';
import { DEFAULT_REASON, newNameSpans, type NewNameSpan } from './newNames';
import { personProposals } from './people';
import { possibleMatches } from './possibleMatches';
import { appositionAfter, appositionBefore, postHolderMatches } from './postHolders';
import { readText, type TextReading, type Word } from './readText';
import { candidateSpans } from './spans';
import { listSiblings } from './listSiblings';
import { topicDescriptionMatch } from './topicDescriptions';
import type { NameCandidate, Resolution, ResolveOptions, ScoredMatch } from './types';
import { normalWords } from './wordForms';

const PARTY_TYPES = new Set(['COUNTRY', 'BLOC']);
const NEXT_WORDS = new Set(['next', 'upcoming', 'following']);
const DETERMINER_WORDS = new Set(['the', 'this', 'that', 'these', 'those']);
const ANTECEDENT_WINDOW = 200;
// Words a definite description starts with (definites.ts reads the rest).
const DESCRIPTION_STARTS = new Set([...DETERMINER_WORDS, 'todays', 'today’s', "today's", 'their', 'its', 'our']);
// Kinds of entity whose names are often words inside longer names ("6G MIRAI-HARMONY").
const SHORT_TYPES = new Set(['TECHNOLOGY', 'POLICY_AREA']);

interface Mention {
  first: number;
  last: number;
  start: number;
  end: number;
  decision: Decision;
  shape?: NameShape;
  /** For candidates: the proposed type and name. */
  type?: string;
  name?: string;
  sameAs?: number;
  /** Covers its words without being reported (a name used as a modifier). */
  silent?: boolean;
}

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

function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
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

function select(mentions: Mention[]): Mention[] {
  const rank = (mention: Mention) => (mention.decision.kind === 'link' ? mention.decision.match.score : 0);
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(b) - rank(a) || a.start - b.start);
  const kept: Mention[] = [];
  const taken = new Set<number>();
  for (const mention of sorted) {
    let free = true;
    for (let k = mention.first; k <= mention.last && free; k += 1) free = !taken.has(k);
    if (!free) continue;
    kept.push(mention);
    for (let k = mention.first; k <= mention.last; k += 1) taken.add(k);
  }
  return kept.sort((a, b) => a.start - b.start);
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
    const matches = formMatches(shape, surface, index, options.documentId).filter((match) => !match.form.nearWords || nearby(reading, span.first, match.form.nearWords));
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
  for (const person of personProposals(words, index, context.named)) {
    const [best, second] = person.matches;
    const decision: Decision = !second || best!.score - second.score >= 0.1 ? { kind: 'link', match: best! } : { kind: 'ambiguous', matches: person.matches };
    proposals.push({ first: person.first, last: person.last, start: words[person.first]!.start, end: words[person.last]!.end, decision });
  }
  let mentions = select(proposals);

  mentions = dropModifiers(mentions, reading, index);
  mentions = extendTechnologies(mentions, reading, index);
  mentions = extendAgreementTopics(mentions, reading, index);
  mentions = proposeNewNames(mentions, reading, index);
  for (const mention of mentions) {
    if (mention.decision.kind !== 'none' || mention.silent || !mention.type) continue;
    const topical = topicDescriptionMatch(text.slice(mention.start, mention.end), index, options.publishedAt);
    if (topical) mention.decision = { kind: 'link', match: topical };
  }
  mentions = fillPostHolders(mentions, reading, index, context);
  mentions = applyAcronymDefinitions(mentions, reading);
  mentions = resolveDefinites(mentions, reading, index, context);
  return output(mentions, reading, index);
}

/**
 * New names on what links leave over. A longer capitalised name with a telling head noun may
 * contain short links ("EU-Japan Business Round Table", "DFFT Expert Community", "Chips Joint
 * Undertaking"): the name wins and the links inside it go, as no mention nests in another.
 */
function proposeNewNames(mentions: Mention[], reading: TextReading, index: NameIndex): Mention[] {
  const words = reading.words;
  const absorbable = (mention: Mention) => mention.decision.kind === 'link';
  const hard = coverage(words.length, mentions.filter((mention) => !absorbable(mention)));
  const all = coverage(words.length, mentions);
  const absorbed = new Set<Mention>();
  const kept: NewNameSpan[] = [];
  const startingAt = new Map<number, Mention[]>();
  for (const mention of mentions) startingAt.set(mention.first, [...(startingAt.get(mention.first) ?? []), mention]);
  for (const span of newNameSpans(reading, hard)) {
    const inside: Mention[] = [];
    for (let k = span.first; k <= span.last; k += 1) for (const mention of startingAt.get(k) ?? []) if (mention.last <= span.last && absorbable(mention)) inside.push(mention);
    if (inside.length === 0) {
      if (!all.slice(span.first, span.last + 1).some(Boolean)) kept.push(span);
      continue;
    }
    // The word that types the longer name must be its own, not a linked name's ("European
    // Commission for Tech Sovereignty" is the Commission and a portfolio), unless it joins names.
    const headFree = span.head !== undefined && (span.head < 0 || !all[span.head]);
    const typed = span.reason !== DEFAULT_REASON || span.type === 'PERSON';
    const free = words.slice(span.first, span.last + 1).some((word, offset) => !all[span.first + offset] && /^[\p{Lu}\p{Ll}\p{N}]/u.test(word.text) && !['of', 'for', 'and', 'on', 'the'].includes(word.text));
    if (typed && (free || inside.length >= 2) && span.last > span.first && (headFree || span.type === 'PERSON' || inside.length >= 2)) {
      kept.push(span);
      for (const mention of inside) absorbed.add(mention);
    }
  }
  const result = mentions.filter((mention) => !absorbed.has(mention));
  const covered = coverage(words.length, result);
  for (const span of kept) for (let k = span.first; k <= span.last; k += 1) covered[k] = true;
  // What a rejected longer name left over may still be a name of its own ("Horizon").
  const spans = [...kept, ...newNameSpans(reading, covered)];
  for (const span of spans) for (let k = span.first; k <= span.last; k += 1) covered[k] = true;
  const fields = result.filter((mention) => mention.decision.kind === 'link' && SHORT_TYPES.has(index.entities.get(mention.decision.match.entityId)!.type));
  for (const sibling of listSiblings(words, fields, covered)) spans.push({ ...sibling, nameFirst: sibling.first, reason: 'a list item beside known fields' });
  for (const span of spans) {
    const start = words[span.first]!.start;
    const end = words[span.last]!.end;
    const name = reading.text.slice(words[span.nameFirst]!.start, end);
    result.push({ first: span.first, last: span.last, start, end, decision: { kind: 'none', matches: possibleMatches(name, index) }, type: span.type, name });
  }
  return result.sort((a, b) => a.start - b.start);
}

const sentenceStems = new WeakMap<TextReading, Map<number, Set<string>>>();

/** Whether the sentence of words[at], or the one before or after, has all these word stems. */
function nearby(reading: TextReading, at: number, stems: string[]): boolean {
  let bySentence = sentenceStems.get(reading);
  if (!bySentence) {
    bySentence = new Map();
    for (const word of reading.words) {
      const set = bySentence.get(word.sentence) ?? new Set<string>();
      for (const normal of normalWords(word.text)) set.add(porter(normal));
      bySentence.set(word.sentence, set);
    }
    sentenceStems.set(reading, bySentence);
  }
  const sentence = reading.words[at]!.sentence;
  const near = [sentence - 1, sentence, sentence + 1].map((index) => bySentence!.get(index));
  return stems.every((stem) => near.some((set) => set?.has(stem)));
}

/**
 * Names used as modifiers are not mentions: a country or bloc paired with a demonym ("EU and
 * Japanese stakeholders"), a hyphenated pair before a common noun ("a joint EU-Japan call"), and
 * the first part of an adjective compound ("AI-enhanced quantum applications").
 */
function dropModifiers(mentions: Mention[], reading: TextReading, index: NameIndex): Mention[] {
  const words = reading.words;
  const demonym = (word: Word | undefined) => word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word.text) && (word.pos === 'ADJ' || /(ese|ish|ian|ean)$/u.test(word.text));
  const lowerNoun = (word: Word | undefined) => word !== undefined && /^\p{Ll}/u.test(word.text) && (word.pos === 'NOUN' || word.pos === 'VERB');
  const partyAt = (at: number) => mentions.find((mention) => (mention.first === at || mention.last === at) && mention.decision.kind === 'link' && PARTY_TYPES.has(index.entities.get(mention.decision.match.entityId)!.type));
  const modifier = (mention: Mention): boolean => {
    if (mention.decision.kind !== 'link') return false;
    const type = index.entities.get(mention.decision.match.entityId)!.type;
    const before = words[mention.first - 1];
    const after = words[mention.last + 1];
    if (after?.text === '-' && after.attached && /^\p{Ll}+(ed|based|powered|driven|related|enabled)$/u.test(words[mention.last + 2]?.text ?? '')) return true;
    if (!PARTY_TYPES.has(type)) return false;
    if (after?.text === 'and' && demonym(words[mention.last + 2])) return true;
    if (before?.text === 'and' && demonym(words[mention.first - 2])) return true;
    // "EU-Japan call": both halves of a hyphenated pair, then a common noun.
    const pairedAfter = after?.text === '-' && after.attached && partyAt(mention.last + 2);
    const pairedBefore = before?.text === '-' && before.attached && partyAt(mention.first - 2);
    return Boolean((pairedAfter && lowerNoun(words[mention.last + 3])) || (pairedBefore && lowerNoun(after)));
  };
  // Kept silent: the words are covered (no new name there) but nothing is reported.
  return mentions.map((mention) => (modifier(mention) ? { ...mention, silent: true, decision: { kind: 'none', matches: [] } } : mention));
}

/** "letter of intent on quantum science cooperation": an agreement's topic belongs to its mention. */
function extendAgreementTopics(mentions: Mention[], reading: TextReading, index: NameIndex): Mention[] {
  const words = reading.words;
  const covered = coverage(words.length, mentions);
  for (const mention of mentions) {
    if (mention.decision.kind !== 'link' || index.entities.get(mention.decision.match.entityId)?.type !== 'AGREEMENT' || words[mention.last + 1]?.text !== 'on') continue;
    let end = mention.last + 1;
    for (let k = mention.last + 2; k <= mention.last + 5 && k < words.length; k += 1) {
      const word = words[k]!;
      if (covered[k] || word.sentence !== words[mention.last]!.sentence || !/^\p{Ll}+$/u.test(word.text) || !['NOUN', 'ADJ'].includes(word.pos)) break;
      end = k;
    }
    if (end === mention.last + 1) continue;
    for (let k = mention.last + 1; k <= end; k += 1) covered[k] = true;
    mention.last = end;
    mention.end = words[end]!.end;
  }
  return mentions;
}

/** "6G technology": a technology's name followed by the word itself ("AI technologies" are many). */
function extendTechnologies(mentions: Mention[], reading: TextReading, index: NameIndex): Mention[] {
  const words = reading.words;
  const covered = coverage(words.length, mentions);
  for (const mention of mentions) {
    if (mention.decision.kind !== 'link' || index.entities.get(mention.decision.match.entityId)?.type !== 'TECHNOLOGY') continue;
    const next = words[mention.last + 1];
    if (!next || covered[mention.last + 1] || next.sentence !== words[mention.last]!.sentence || next.text.toLowerCase() !== 'technology') continue;
    mention.last += 1;
    mention.end = next.end;
    covered[mention.last] = true;
  }
  return mentions;
}

function coverage(length: number, mentions: Mention[]): boolean[] {
  const covered = new Array<boolean>(length).fill(false);
  for (const mention of mentions) for (let k = mention.first; k <= mention.last; k += 1) covered[k] = true;
  return covered;
}

function fillPostHolders(mentions: Mention[], reading: TextReading, index: NameIndex, context: DocumentContext): Mention[] {
  const words = reading.words;
  const dropped = new Set<Mention>();
  const firstEvent = mentions.find((mention) => mention.decision.kind === 'link' && index.entities.get(mention.decision.match.entityId)?.type === 'EVENT');
  for (const mention of mentions) {
    const linked = mention.decision.kind === 'link' ? index.entities.get(mention.decision.match.entityId) : undefined;
    // A post-holder stored by title is itself a title, not a name a title could stand beside.
    const isPerson = mention.type === 'PERSON' || (linked?.type === 'PERSON' && !linked.unresolved);
    if (!isPerson) continue;
    const after = appositionAfter(words, mention.last);
    const before = appositionBefore(words, mention.first);
    // A title beside a name is the person's role, not a mention of its own.
    // Only the title itself goes: "of the European Commission" inside it is still a mention.
    const isTitle = (other: Mention, title: { first: number; last: number }) => {
      const entity = other.decision.kind === 'link' ? index.entities.get(other.decision.match.entityId) : undefined;
      // A person after a comma is the next name of a list, not a title ("Kono, Commissioner Breton").
      if (other.type === 'PERSON' || (entity?.type === 'PERSON' && !entity.unresolved)) return false;
      // New names inside a title are its portfolio ("Tech Sovereignty, Security and Democracy").
      return overlaps(other, title) && (other.first === title.first || other.decision.kind === 'none' || (entity?.type === 'PERSON' && entity.unresolved === true));
    };
    for (const other of mentions) if (other !== mention && [after, before].some((title) => title && isTitle(other, title))) dropped.add(other);
    // "the Minister for X, Name, the Minister for Y, Name": a list that opens with a title pairs each
    // name with the title before it.
    const title = before && !mentions.some((other) => other.last < before.first && other.type === 'PERSON' && other.last >= before.first - 3) ? before : (after ?? before);
    if (!title) continue;
    if (mention.decision.kind !== 'none') continue;
    const titleText = reading.text.slice(words[title.first]!.start, words[title.last]!.end);
    const holders = postHolderMatches(titleText, index);
    if (holders.length === 0) continue;
    const top = holders[0]!;
    const related = new Set(index.entities.get(top.entityId)!.related ?? []);
    const aboutItsEvent = firstEvent?.decision.kind === 'link' && related.has(firstEvent.decision.match.entityId);
    if (aboutItsEvent && holders.length === 1) {
      top.explanation.push({ feature: 'context', score: 0.05, detail: `the document is about ${firstEvent.decision.kind === 'link' ? firstEvent.decision.match.name : ''}, which the office-holder is related to` });
      mention.decision = { kind: 'link', match: { ...top, score: top.score + 0.05 } };
    } else mention.decision = { kind: 'none', matches: [...holders, ...mention.decision.matches].slice(0, 3) };
  }
  void context;
  return mentions.filter((mention) => !dropped.has(mention));
}

function applyAcronymDefinitions(mentions: Mention[], reading: TextReading): Mention[] {
  const words = reading.words;
  const defined = new Map<string, Mention>();
  for (let k = 1; k + 2 < words.length; k += 1) {
    if (words[k]!.text !== '(' || words[k + 2]!.text !== ')' || !looksLikeAcronym(words[k + 1]!.text)) continue;
    const long = mentions.find((mention) => mention.last === k - 1);
    if (!long) continue;
    const longText = reading.text.slice(long.start, long.end);
    if (abbreviates(words[k + 1]!.text, longText) || suffixAbbreviates(words[k + 1]!.text, longText)) defined.set(words[k + 1]!.text, long);
  }
  if (defined.size === 0) return mentions;
  const result = mentions.filter((mention) => mention.silent || !(mention.first === mention.last && defined.has(words[mention.first]!.text) && mention.decision.kind === 'none'));
  const covered = coverage(words.length, result);
  words.forEach((word, at) => {
    const long = defined.get(word.text);
    if (!long || covered[at]) return;
    const base = { first: at, last: at, start: word.start, end: word.end };
    if (long.decision.kind === 'link') {
      const match = long.decision.match;
      result.push({ ...base, decision: { kind: 'link', match: { ...match, explanation: [...match.explanation, { feature: 'acronym', score: 0, detail: `defined in the text as "${reading.text.slice(long.start, long.end)}"` }] } } });
    } else if (long.decision.kind === 'none') result.push({ ...base, decision: long.decision, type: long.type ?? 'ORGANIZATION', name: long.name ?? word.text, sameAs: long.start });
  });
  return result.sort((a, b) => a.start - b.start);
}

function suffixAbbreviates(acronym: string, longForm: string): boolean {
  const parts = longForm.split(/\s+/);
  for (let cut = 1; cut < parts.length; cut += 1) if (abbreviates(acronym, parts.slice(cut).join(' '))) return true;
  const hyphenated = longForm.split(/[-–]/);
  return hyphenated.length > 1 && abbreviates(acronym, hyphenated.slice(1).join('-').replace(/^\S+\s/, ''));
}

function antecedentOf(mention: Mention, reading: TextReading, index: NameIndex): Antecedent | undefined {
  const surfaceWords = normalWords(reading.text.slice(mention.start, mention.end));
  const heads = (...names: string[][]) => names.map((words) => headOf(words)).filter((head): head is string => head !== undefined);
  if (mention.decision.kind === 'link') {
    const entity = index.entities.get(mention.decision.match.entityId)!;
    const shape = shapeOf(normalWords(entity.name), index.parties);
    const antecedent: Antecedent = { start: mention.start, heads: heads(normalWords(entity.name), surfaceWords), type: entity.type, entityId: entity.id, base: shape.base };
    if (shape.ordinal !== undefined) antecedent.ordinal = shape.ordinal;
    return antecedent;
  }
  if (mention.decision.kind === 'none' && mention.type) {
    const antecedent: Antecedent = { start: mention.start, heads: heads(surfaceWords), type: mention.type, candidateStart: mention.sameAs ?? mention.start };
    const shape = mention.shape ?? shapeOf(surfaceWords, index.parties);
    if (shape.ordinal !== undefined) antecedent.ordinal = shape.ordinal;
    antecedent.base = shape.base;
    return antecedent;
  }
  return undefined;
}

function resolveDefinites(mentions: Mention[], reading: TextReading, index: NameIndex, context: DocumentContext): Mention[] {
  const words = reading.words;
  let result = [...mentions];
  // A capitalised description ("the Letter of Intent") may have been proposed as a new name; an
  // antecedent, when there is one, is the better reading.
  const describable = (mention: Mention) => mention.decision.kind === 'none' && !mention.silent && mention.sameAs === undefined && DETERMINER_WORDS.has(words[mention.first - 1]?.text.toLowerCase() ?? '');
  const covered = coverage(words.length, result.filter((mention) => !describable(mention)));
  const sorted = [...result].sort((a, b) => a.start - b.start);
  const antecedents: Antecedent[] = [];
  const removed = new Set<Mention>();
  let pending = 0;
  for (let at = 0; at < words.length; at += 1) {
    if (covered[at]) continue;
    if (!DESCRIPTION_STARTS.has(words[at]!.text.toLowerCase())) continue;
    while (pending < sorted.length && sorted[pending]!.start < words[at]!.start) {
      const antecedent = removed.has(sorted[pending]!) ? undefined : antecedentOf(sorted[pending]!, reading, index);
      if (antecedent) antecedents.push(antecedent);
      pending += 1;
    }
    // The nearest antecedents are the ones a description can mean: a window keeps long texts linear.
    const earlier = antecedents.slice(-ANTECEDENT_WINDOW);
    const isToday = (antecedent: Antecedent) => {
      const date = antecedent.entityId ? index.entities.get(antecedent.entityId)?.date : undefined;
      const days = date && context.publishedAt ? daysApart(date, context.publishedAt) : undefined;
      return days !== undefined && days <= 1;
    };
    const description = definiteAt(words, at, covered, earlier, isToday);
    if (!description) continue;
    const replaced = result.filter((mention) => describable(mention) && overlaps(mention, description));
    // "the Letter of Intent": the description spans the whole name after its article.
    if (replaced.length === 1 && replaced[0]!.first === description.first + 1) description.last = replaced[0]!.last;
    if (replaced.some((mention) => mention.first <= description.first || mention.last !== description.last)) continue;
    if (replaced.length > 0 && !antecedentNames(replaced[0]!, description.antecedent.entityId, reading, index)) continue;
    result = result.filter((mention) => !replaced.includes(mention));
    for (const mention of replaced) removed.add(mention);
    const before = result.length;
    // "the next Council" counts from the highest-numbered council the text named before.
    const numbered = earlier.filter((item) => item.heads.includes(description.head) && item.ordinal !== undefined).sort((a, b) => b.ordinal! - a.ordinal!);
    const antecedent = description.next ? (numbered[0] ?? description.antecedent) : description.antecedent;
    const base = { first: description.first, last: description.last, start: words[description.first]!.start, end: words[description.last]!.end };
    const detail = `refers back to "${reading.text.slice(antecedent.start, antecedent.start + 80).split(/[,.;\n]/)[0]}" (head "${description.head}")`;
    if (description.next) {
      // "the next Council": the series member after the one named before.
      if (antecedent.ordinal === undefined || !antecedent.base) continue;
      const shape: NameShape = { base: antecedent.base, baseWords: [], parties: [], ordinal: antecedent.ordinal + 1 };
      const previous = antecedent.entityId ? (index.entities.get(antecedent.entityId)?.date ?? undefined) : undefined;
      const decision = nextInSeries(disambiguate(formMatches(shape, 'Next', index), shape, context, index), previous, index, context);
      if (!decision) {
        // Still a mention of the series' next member, which the graph lacks: a candidate.
        const surface = reading.text.slice(words[description.first + 1]!.start, base.end);
        result.push({ ...base, decision: { kind: 'none', matches: [] }, type: antecedent.type, name: surface });
        for (let k = description.first; k <= description.last; k += 1) covered[k] = true;
        continue;
      }
      decision.match.explanation.push({ feature: 'definite', score: 0, detail: `the one after ordinal ${antecedent.ordinal}` });
      result.push({ ...base, decision });
    } else if (antecedent.entityId) {
      const entity = index.entities.get(antecedent.entityId)!;
      result.push({ ...base, decision: { kind: 'link', match: { entityId: entity.id, name: entity.name, score: 0.85, explanation: [{ feature: 'definite', score: 0.85, detail }] } } });
    } else {
      const target = result.find((mention) => mention.start === antecedent.candidateStart);
      result.push({ ...base, decision: { kind: 'none', matches: [] }, type: antecedent.type, name: target?.name ?? reading.text.slice(base.start, base.end), sameAs: antecedent.candidateStart! });
    }
    for (let k = description.first; k <= description.last; k += 1) covered[k] = true;
    // What a description resolved to is an antecedent for the next ("This upcoming gathering").
    for (const added of result.slice(before)) {
      const antecedent = antecedentOf(added, reading, index);
      if (antecedent) antecedents.push(antecedent);
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/** Whether a capitalised description's words all belong to its antecedent's name ("Letter of Intent"). */
function antecedentNames(candidate: Mention, entityId: string | undefined, reading: TextReading, index: NameIndex): boolean {
  if (!entityId) return false;
  const own = new Set(normalWords(index.entities.get(entityId)!.name));
  return normalWords(reading.text.slice(candidate.start, candidate.end)).every((word) => own.has(word) || ['the', 'of', 'on', 'for'].includes(word));
}

/**
 * The next meeting of a series: dated after the one named before (and after the document, when
 * there is no ordinal to go by), among the members the document's parties allow. One such member
 * is linked; none or several are not.
 */
function nextInSeries(decision: Decision, previous: string | undefined, index: NameIndex, context: DocumentContext): { kind: 'link'; match: ScoredMatch } | undefined {
  const matches = decision.kind === 'link' ? [decision.match] : decision.matches;
  const after = (match: ScoredMatch) => {
    const date = index.entities.get(match.entityId)?.date;
    const since = previous ?? context.publishedAt;
    return !!date && (!since || date > since);
  };
  const allowed = matches.filter((match) => after(match) && !match.explanation.some((item) => item.feature === 'parties' && item.score < 0));
  const verified = allowed.filter((match) => match.explanation.some((item) => item.feature === 'ordinal' && item.score > 0));
  const pick = verified.length === 1 ? verified : allowed;
  return pick.length === 1 ? { kind: 'link', match: pick[0]! } : undefined;
}

function output(mentions: Mention[], reading: TextReading, index: NameIndex): Resolution {
  const resolution: Resolution = { links: [], ambiguous: [], candidates: [] };
  for (const mention of mentions) {
    if (mention.silent) continue;
    const textOf = reading.text.slice(mention.start, mention.end);
    const { decision } = mention;
    if (decision.kind === 'link') {
      resolution.links.push({ start: mention.start, end: mention.end, text: textOf, entityId: decision.match.entityId, score: decision.match.score, explanation: decision.match.explanation });
    } else if (decision.kind === 'ambiguous') {
      resolution.ambiguous.push({ start: mention.start, end: mention.end, text: textOf, candidates: decision.matches });
    } else {
      const matches: ScoredMatch[] = decision.matches;
      const type = mention.type ?? (matches[0] ? index.entities.get(matches[0].entityId)!.type : 'ORGANIZATION');
      const candidate: NameCandidate = { name: (mention.name ?? textOf).replace(/^(the|The)\s+/, ''), type, surface: textOf, start: mention.start, end: mention.end, sentence: sentenceOf(reading, mention.first), matches };
      if (mention.sameAs !== undefined) candidate.sameAs = mention.sameAs;
      resolution.candidates.push(candidate);
    }
  }
  return resolution;
}
