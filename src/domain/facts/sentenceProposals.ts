/**
 * The proposals of one sentence, before status and date: for each lexicon entry whose phrase
 * occurs (or that needs none), the pairs of ends whose entity types its relation type @connects,
 * scored by the entry. One relation per pair of ends: the most confident entry wins, so "signed"
 * makes SIGNED, not also PARTY_TO and SUPPORTS, between the same two ends.
 */
import type { Word } from '../names/readText';
import { ontology } from '../ontology';
import { RELATION_CUES, type RelationCues } from './cues';
import type { FrameOf } from './documentFrame';
import { matchPhrases, type PhraseMatch } from './matchPhrases';
import type { TypedMention } from './mentionsOf';

export interface RawProposal {
  entry: RelationCues;
  from: TypedMention;
  to: TypedMention;
  /** The matched cue, or null for an entry's implicit reading. */
  cue: PhraseMatch | null;
  confidence: number;
}

/** Lower confidence for an end read from a pair phrase, the document's frame, or a new name. */
const SOURCE_WEIGHT = { named: 1, pair: 0.9, frame: 0.8 } as const;
const CANDIDATE_WEIGHT = 0.8;
/** A cue outside the stretch between the two ends says less about them. */
const OUTSIDE_WEIGHT = 0.85;

const distance = (a: TypedMention, b: TypedMention) =>
  a.source === 'frame' || b.source === 'frame'
    ? Number.MAX_SAFE_INTEGER - 1
    : Math.max(0, a.span.start - b.span.end, b.span.start - a.span.end);

function nearest(of: TypedMention, among: readonly TypedMention[]): TypedMention | undefined {
  return among.filter((end) => end.id !== of.id).sort((a, b) => distance(of, a) - distance(of, b))[0];
}

function pairsFor(entry: RelationCues, froms: TypedMention[], tos: TypedMention[]): Array<[TypedMention, TypedMention]> {
  const pairs: Array<[TypedMention, TypedMention]> = [];
  if (entry.one === 'to') {
    for (const from of froms) {
      const to = nearest(from, tos);
      if (to) pairs.push([from, to]);
    }
  } else if (entry.one === 'from') {
    for (const to of tos) {
      const from = nearest(to, froms);
      if (from) pairs.push([from, to]);
    }
  } else {
    for (const from of froms) for (const to of tos) if (from.id !== to.id) pairs.push([from, to]);
  }
  return pairs;
}

export function sentenceProposals(words: readonly Word[], ends: readonly TypedMention[], frameOf: FrameOf): RawProposal[] {
  const rules = ontology().rules;
  // A cue inside a name or a pair phrase is part of it ("Digital Partnership", "the two partners").
  const inName = (match: PhraseMatch) =>
    ends.some((end) => end.span.start < words[match.last - 1]!.end && words[match.first]!.start < end.span.end);
  const best = new Map<string, RawProposal>();
  for (const entry of RELATION_CUES) {
    const rule = rules.get(entry.type);
    if (!rule) continue;
    const cues = matchPhrases(words, entry.phrases).filter((match) => !inName(match));
    if (cues.length === 0 && entry.implicit === undefined) continue;
    const side = (types: ReadonlySet<string>, which: 'from' | 'to') => {
      const local = ends.filter((end) => types.has(end.type));
      if (local.length > 0 || !entry.frame?.includes(which)) return local;
      const frame = frameOf(types);
      return frame ? [{ ...frame, source: 'frame' as const }] : [];
    };
    for (const [from, to] of pairsFor(entry, side(rule.from, 'from'), side(rule.to, 'to'))) {
      if (from.id === to.id || (from.source === 'frame' && to.source === 'frame')) continue;
      if (entry.symmetric && from.span.start > to.span.start) continue;
      const low = Math.min(
        from.source === 'frame' ? to.span.start : from.span.start,
        to.source === 'frame' ? from.span.start : to.span.start,
      );
      const high = Math.max(from.source === 'frame' ? to.span.end : from.span.end, to.source === 'frame' ? from.span.end : to.span.end);
      const gap = (match: PhraseMatch) => Math.max(0, low - words[match.last - 1]!.end, words[match.first]!.start - high);
      const cue = [...cues].sort((a, b) => gap(a) - gap(b))[0] ?? null;
      let confidence = cue ? entry.confidence * (gap(cue) === 0 ? 1 : OUTSIDE_WEIGHT) : entry.implicit!;
      for (const end of [from, to]) {
        confidence *= SOURCE_WEIGHT[end.source ?? 'named'];
        if (end.candidate) confidence *= CANDIDATE_WEIGHT;
      }
      const key = [from.id, to.id].sort().join('\u0000');
      const previous = best.get(key);
      if (!previous || confidence > previous.confidence) best.set(key, { entry, from, to, cue, confidence });
    }
  }
  return [...best.values()];
}
