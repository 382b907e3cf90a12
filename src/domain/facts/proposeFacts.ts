/**
 * Fact proposals from a text (issue #14): for each sentence (wink-nlp, names/readText.ts), typed
 * facts over the ontology's relation types between the entities and new-name candidates the
 * name engine found, each with its sentence, the clause that states it, a status from modality,
 * a date anchored at the publication date, a confidence and the cue behind it. No database.
 */
import type { RelationType } from '../../__generated__/graphql';
import type { Resolution } from '../names';
import { readText, type TextReading, type Word } from '../names/readText';
import { coordination } from './coordination';
import { documentFrame } from './documentFrame';
import { mentionsOf, type TypedMention } from './mentionsOf';
import { lastThing, pairEnds, partiesOf, pronounEnd } from './pairPhrases';
import { afterMarker, headingEnd, listLeads } from './listItems';
import { HEADING_TYPES, headingProposals, itemDoers, leadProposals, lineEndAt } from './listProposals';
import { readDates } from './readDates';
import { namedSeries } from './namedSeries';
import { officeHolders, type OfficeContext } from './officeHolders';
import { readStatus } from './readStatus';
import { sentenceProposals, type RawProposal } from './sentenceProposals';
import type { EntityFacts, FactProposal, ProposalDate, ProposalEnd, Span } from './types';

export interface ProposeInput {
  text: string;
  /** ISO at its precision ("2025", "2025-05", "2025-05-12"), or null when unknown. */
  publishedAt: string | null;
  /** resolveMentions(text, ...) of the same text. */
  resolution: Resolution;
  /** Name, type and date of a linked entity id (undefined: the link is ignored). */
  entityOf: (id: string) => EntityFacts | undefined;
  /** The id of the graph entity with this name, if any (bodies implied by titles: "Commissioner"). */
  entityNamed?: (name: string) => string | undefined;
  /** A reading of the same text, when the caller has one (readText is the costly step). */
  reading?: TextReading;
}

/** Proposals below this confidence are not made (see docs/fact-proposals.md for how it was chosen). */
export const MIN_CONFIDENCE = 0.4;

const spanOf = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

function endOf(mention: TypedMention): ProposalEnd {
  return {
    id: mention.id,
    name: mention.name,
    type: mention.type,
    candidate: mention.candidate,
    span: mention.span,
    source: mention.source ?? 'named',
  };
}

function clauseOf(text: string, raw: RawProposal, words: readonly Word[]): Span {
  const spans = [raw.from, raw.to].filter((end) => end.source !== 'frame').map((end) => end.span);
  if (raw.cue) spans.push({ start: words[raw.cue.first]!.start, end: words[raw.cue.last - 1]!.end, text: '' });
  return spanOf(text, Math.min(...spans.map((span) => span.start)), Math.max(...spans.map((span) => span.end)));
}

/** Two ISO dates agree at the precision both give ("2024-04-30" and "2024"). */
const sameTime = (a: string, b: string) => a.slice(0, b.length) === b.slice(0, a.length);

function nearestDate(dates: readonly ProposalDate[], clause: Span): ProposalDate | null {
  const gap = (date: ProposalDate) => Math.max(0, clause.start - date.expression.end, date.expression.start - clause.end);
  return [...dates].sort((a, b) => gap(a) - gap(b))[0] ?? null;
}

function officeContext(input: ProposeInput, mentions: readonly TypedMention[]): OfficeContext {
  const counts = new Map<string, { mention: TypedMention; count: number }>();
  for (const mention of mentions) {
    if (mention.type !== 'COUNTRY') continue;
    const seen = counts.get(mention.id) ?? { mention, count: 0 };
    seen.count += 1;
    counts.set(mention.id, seen);
  }
  const mainCountry = [...counts.values()].sort((a, b) => b.count - a.count || a.mention.span.start - b.mention.span.start)[0]?.mention;
  const entityNamed = (name: string): TypedMention | undefined => {
    const id = input.entityNamed?.(name);
    const entity = id === undefined ? undefined : input.entityOf(id);
    return id && entity ? { id, name: entity.name, type: entity.type, candidate: false, span: { start: 0, end: 0, text: '' } } : undefined;
  };
  return { text: input.text, mainCountry, entityNamed };
}

export function proposeFacts(input: ProposeInput): FactProposal[] {
  const { text, publishedAt } = input;
  const reading = input.reading ?? readText(text);
  const mentions = mentionsOf(input.resolution, input.entityOf);
  const said = new Set<string>();
  const repeats = reading.sentences.filter((bounds) => {
    const words = text.slice(bounds.start, bounds.end).replace(/\s+/g, ' ').trim();
    const again = said.has(words);
    said.add(words);
    return again;
  });
  const frameOf = documentFrame(mentions, (offset) => repeats.some((bounds) => bounds.start <= offset && offset < bounds.end));
  const office = officeContext(input, mentions);
  const wordsOf = new Map<number, Word[]>();
  for (const word of reading.words) wordsOf.set(word.sentence, [...(wordsOf.get(word.sentence) ?? []), word]);
  const proposals: FactProposal[] = [];
  const series = namedSeries(mentions);
  let parties: TypedMention[] = [];
  let partiesTogether = false;
  let previousThing: TypedMention | undefined;
  let heading: { end: TypedMention; until: number } | undefined;
  const leads = listLeads(text, reading.sentences);
  reading.sentences.forEach((bounds, index) => {
    const words = wordsOf.get(index) ?? [];
    const sentence = spanOf(text, bounds.start, bounds.end);
    const named = mentions.filter((mention) => mention.span.start >= bounds.start && mention.span.end <= bounds.end);
    // Parties named together win over parties named apart in one sentence, which count only
    // until a sentence names some together.
    const together = partiesOf(named, coordination(words, named));
    if (together.length > 0) {
      parties = together;
      partiesTogether = true;
    } else if (!partiesTogether) {
      const apart = partiesOf(named, new Map(named.map((mention) => [mention, 0])));
      if (apart.length > 0) parties = apart;
    }
    const ends = [...named, ...pairEnds(text, words, named, parties), ...pronounEnd(text, words, previousThing)].sort(
      (a, b) => a.span.start - b.span.start,
    );
    previousThing = lastThing(named);
    const dates = readDates(sentence.text, sentence.start, publishedAt);
    const fromNames = series.filter((proposal) => proposal.from.span.start >= bounds.start && proposal.from.span.end <= bounds.end);
    const offices = officeHolders(words, ends, office);
    // A body named in a person's title ("Japan's Prime Minister Fumio Kishida") is part of how the
    // person is named, not a party to what the sentence says.
    const titled = new Set(offices.map((raw) => raw.to).filter((body) => body.source !== 'frame'));
    const lead =
      leads[index] === undefined ? undefined : { words: wordsOf.get(leads[index]!) ?? [], bounds: reading.sentences[leads[index]!]! };
    const leadNamed = lead
      ? mentions.filter((mention) => mention.span.start >= lead.bounds.start && mention.span.end <= lead.bounds.end)
      : [];
    const doers = lead ? itemDoers(text, words, lead.words, leadNamed, parties) : [];
    const headingAt = headingEnd(words);
    const headed = headingAt === undefined ? undefined : named.find((end) => end.span.end <= headingAt && HEADING_TYPES.has(end.type));
    if (headingAt !== undefined) heading = headed ? { end: headed, until: lineEndAt(text, bounds.start) } : undefined;
    else if (heading && bounds.start >= heading.until) heading = undefined;
    const raws: RawProposal[] = [
      ...sentenceProposals(
        words,
        [...ends, ...doers].filter((end) => !titled.has(end)).sort((a, b) => a.span.start - b.span.start),
        frameOf,
      ),
      ...offices,
      ...fromNames.map((proposal) => ({ ...proposal, cue: null })),
      ...(lead ? leadProposals(text, lead.words, leadNamed, named, frameOf) : []),
      ...(heading ? headingProposals(text, heading.end, named) : []),
    ];
    for (const raw of raws) {
      if (raw.confidence < MIN_CONFIDENCE) continue;
      const clause = raw.carried ? spanOf(text, words[afterMarker(words)]?.start ?? bounds.start, bounds.end) : clauseOf(text, raw, words);
      // A relation read from names alone is not what the sentence's date dates.
      const fromNamesAlone = raw.cue === null && raw.entry.implicit === undefined;
      const sentenceDate = nearestDate(dates, clause);
      const date = fromNamesAlone || raw.entry.undated ? null : sentenceDate;
      // The document's event is not where a thing dated otherwise happened ("signed in May 2022").
      const otherTime = (end: TypedMention) => end.source === 'frame' && end.date && date && !sameTime(end.date, date.value);
      if (date && !date.inferred && (otherTime(raw.from) || otherTime(raw.to))) continue;
      // Without a cue the relation is stated by the whole clause: its modality may lie anywhere in it.
      const cueWord = raw.cue ? raw.cue.first : words.findLastIndex((word) => word.end <= clause.end);
      // An undated relation still takes its status from the sentence's date ("the next Council, in 2025").
      const read = readStatus(text, words, Math.max(0, cueWord), fromNamesAlone ? null : sentenceDate, publishedAt);
      // An item that opens with a verb under "Parties agreed to the following:" is a thing to do.
      const imperative = doers.length > 0 && read.status === 'REPORTED' && read.cue === null;
      const verb = words[afterMarker(words)];
      const status = imperative && verb ? { status: 'PLANNED' as const, cue: spanOf(text, verb.start, verb.end) } : read;
      const cueSpan = raw.carried
        ? raw.carried.span
        : raw.cue
          ? spanOf(text, words[raw.cue.first]!.start, words[raw.cue.last - 1]!.end)
          : spanOf(text, clause.start, clause.start);
      proposals.push({
        type: raw.entry.type as RelationType,
        from: endOf(raw.from),
        to: endOf(raw.to),
        status: status.status,
        statusCue: status.cue,
        date,
        confidence: Math.round(raw.confidence * 1000) / 1000,
        cue: {
          phrase: raw.carried?.phrase ?? raw.cue?.phrase ?? (raw.entry.implicit === undefined ? '(names)' : '(types alone)'),
          span: cueSpan,
        },
        sentence,
        clause,
        role: raw.role ?? null,
      });
    }
  });
  return proposals;
}
