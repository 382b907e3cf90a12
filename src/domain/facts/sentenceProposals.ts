/**
 * The proposals of one sentence, before status and date: for each lexicon entry whose phrase
 * occurs (or that needs none), the pairs of ends whose entity types its relation type @connects,
 * scored by the entry. One relation per pair of ends: the most confident entry wins, so "signed"
 * makes SIGNED, not also PARTY_TO and SUPPORTS, between the same two ends.
 */
import type { Word } from '../names/readText';
import { ontology } from '../ontology';
import { NOT_CUES, RELATION_CUES, type RelationCues } from './cues';
import type { FrameOf } from './documentFrame';
import { clauses } from './clauses';
import { coordination, siblings } from './coordination';
import { agentStands } from './agents';
import { symmetricParties } from './symmetricPairs';
import { matchPhrases, type PhraseMatch } from './matchPhrases';
import type { TypedMention } from './mentionsOf';
import type { Span } from './types';

export interface RawProposal {
  entry: RelationCues;
  from: TypedMention;
  to: TypedMention;
  /** The matched cue, or null for an entry's implicit reading. */
  cue: PhraseMatch | null;
  confidence: number;
  /** HOLDS_OFFICE: the title's words (officeHolders.ts). */
  role?: Span;
  /** A cue outside the sentence: a list's lead-in or an item's heading (listItems.ts). */
  carried?: { phrase: string; span: Span };
}

/** Lower confidence for an end read from a pair phrase, the document's frame, or a new name. */
const SOURCE_WEIGHT = { named: 1, pair: 0.9, frame: 0.8, pronoun: 0.85 } as const;
const CANDIDATE_WEIGHT = 0.8;
/** A cue outside the stretch between the two ends says less about them. */
const OUTSIDE_WEIGHT = 0.85;

const distance = (a: TypedMention, b: TypedMention) =>
  a.source === 'frame' || b.source === 'frame'
    ? Number.MAX_SAFE_INTEGER - 1
    : Math.max(0, a.span.start - b.span.end, b.span.start - a.span.end);

type Pairable = (a: TypedMention, b: TypedMention) => boolean;

/**
 * The nearest end `of` may pair with. With a frame to fall back on, only an end in the same clause
 * counts: a name behind a clause break is not what the cue near `of` speaks of.
 */
function nearest(of: TypedMention, among: readonly TypedMention[], pairable: Pairable, sameClause?: Pairable): TypedMention | undefined {
  return among
    .filter((end) => pairable(of, end) && (sameClause === undefined || sameClause(of, end)))
    .sort((a, b) => distance(of, a) - distance(of, b))[0];
}

/**
 * The pairs an entry proposes: each end of a side that is many pairs with every end of the other
 * side, or with its nearest when the other side is one per statement. An end left with no partner
 * in the sentence (none of the type, or only its own list's members) pairs with the frame, when
 * the entry lets that side be the frame ("since the second Council": the document's council
 * follows it).
 */
function pairsFor(
  entry: RelationCues,
  froms: TypedMention[],
  tos: TypedMention[],
  frame: { from?: TypedMention; to?: TypedMention },
  pairable: Pairable,
  sameClause: Pairable,
): Array<[TypedMention, TypedMention]> {
  const pairs: Array<[TypedMention, TypedMention]> = [];
  const paired = new Set<TypedMention>();
  const add = (from: TypedMention, to: TypedMention) => {
    pairs.push([from, to]);
    paired.add(from).add(to);
  };
  if (entry.one !== 'from') {
    for (const from of froms) {
      const partners =
        entry.one === 'to'
          ? [nearest(from, tos, pairable, frame.to && sameClause)].filter((to) => to !== undefined)
          : tos.filter((to) => pairable(from, to));
      for (const to of partners) add(from, to);
    }
  } else {
    for (const to of tos) {
      const from = nearest(to, froms, (a, b) => pairable(b, a), frame.from && sameClause);
      if (from) add(from, to);
    }
  }
  if (frame.to) for (const from of froms) if (!paired.has(from) && pairable(from, frame.to)) add(from, frame.to);
  if (frame.from) for (const to of tos) if (!paired.has(to) && pairable(frame.from, to)) add(frame.from, to);
  return pairs;
}

export function sentenceProposals(words: readonly Word[], ends: readonly TypedMention[], frameOf: FrameOf): RawProposal[] {
  const rules = ontology().rules;
  // A cue inside a name or a pair phrase is part of it ("Digital Partnership", "the two partners").
  const inName = (match: PhraseMatch) =>
    ends.some((end) => end.span.start < words[match.last - 1]!.end && words[match.first]!.start < end.span.end);
  const groups = coordination(words, ends);
  const clauseAt = clauses(words);
  const sameClause: Pairable = (a, b) => clauseAt(a.span.start) === clauseAt(b.span.start);
  const best = new Map<string, RawProposal>();
  for (const entry of RELATION_CUES) {
    const rule = rules.get(entry.type);
    if (!rule) continue;
    const cues = matchPhrases(words, entry.phrases).filter(
      (match) => (entry.inName === true || !inName(match)) && !NOT_CUES.has(words[match.first]!.text.toLowerCase()),
    );
    if (cues.length === 0 && entry.implicit === undefined) continue;
    const local = (types: ReadonlySet<string>) => ends.filter((end) => types.has(end.type));
    const frameEnd = (types: ReadonlySet<string>, which: 'from' | 'to') => {
      const frame = entry.frame?.includes(which) ? frameOf(types) : undefined;
      return frame ? { ...frame, source: 'frame' as const } : undefined;
    };
    // Members of one list play one part: a one-way relation never joins two of them.
    // A symmetric cue joins the parties that stand around it as its subject or after "with" / "between".
    const parties = entry.symmetric ? cues.map((cue) => symmetricParties(words, ends, groups, cue)) : [];
    const pairable: Pairable = (from, to) =>
      from.id !== to.id && (entry.symmetric ? parties.some((joins) => joins(from, to)) : !siblings(groups, from, to));
    const frame = { from: frameEnd(rule.from, 'from'), to: frameEnd(rule.to, 'to') };
    const froms = local(rule.from).filter((end) => entry.fromTypes === undefined || entry.fromTypes.includes(end.type));
    for (const [from, to] of pairsFor(entry, froms, local(rule.to), frame, pairable, sameClause)) {
      if (from.id === to.id || (from.source === 'frame' && to.source === 'frame')) continue;
      if (entry.symmetric && from.span.start > to.span.start) continue;
      if (entry.fromLater && from.date && to.date && from.date.slice(0, to.date.length) <= to.date.slice(0, from.date.length)) continue;
      const low = Math.min(
        from.source === 'frame' ? to.span.start : from.span.start,
        to.source === 'frame' ? from.span.start : to.span.start,
      );
      const high = Math.max(from.source === 'frame' ? to.span.end : from.span.end, to.source === 'frame' ? from.span.end : to.span.end);
      const gap = (match: PhraseMatch) => Math.max(0, low - words[match.last - 1]!.end, words[match.first]!.start - high);
      // The cue that joins them: the nearest one, among those whose doer stands where `from` does.
      const usable = entry.agent ? cues.filter((match) => agentStands(words, ends, match, from, groups)) : cues;
      if (cues.length > 0 && usable.length === 0) continue;
      const cue = [...usable].sort((a, b) => gap(a) - gap(b))[0] ?? null;
      let confidence = cue ? entry.confidence * (gap(cue) === 0 ? 1 : OUTSIDE_WEIGHT) : entry.implicit!;
      for (const end of [from, to]) {
        confidence *= SOURCE_WEIGHT[end.source ?? 'named'];
        // The frame's type is read from many mentions, not guessed from one.
        if (end.candidate && end.source !== 'frame') confidence *= CANDIDATE_WEIGHT;
      }
      const key = [from.id, to.id].sort().join('\u0000');
      const previous = best.get(key);
      // A symmetric relation is one fact whichever party a sentence names first: its ends go in id order.
      const [one, other] = entry.symmetric && to.id < from.id ? [to, from] : [from, to];
      if (!previous || confidence > previous.confidence) best.set(key, { entry, from: one, to: other, cue, confidence });
    }
  }
  return [...best.values()];
}
