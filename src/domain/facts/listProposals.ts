/**
 * The proposals a list item makes with words outside its sentence (listItems.ts): the lead-in's
 * cues, the lead-in's subject for an item that opens with a verb, and the item's heading.
 */
import type { Word } from '../names/readText';
import { ontology } from '../ontology';
import { NOT_CUES, RELATION_CUES, RELATION_CUES_BY_TYPE } from './cues';
import type { FrameOf } from './documentFrame';
import { afterMarker } from './listItems';
import { matchPhrases } from './matchPhrases';
import type { TypedMention } from './mentionsOf';
import type { RawProposal } from './sentenceProposals';

/** A cue read in the lead-in, not the item's own sentence: it says less. */
const CARRIED_WEIGHT = 0.8;
const CANDIDATE_WEIGHT = 0.8;
/** Topics an item's heading names ("Semiconductors:", "Data Governance:"). */
export const HEADING_TYPES: ReadonlySet<string> = new Set(['TECHNOLOGY', 'POLICY_AREA']);

const spanOf = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });

export function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/**
 * Entries whose cue the lead-in holds and that are one per statement on one side: each item's end
 * of the other side pairs with the lead-in's end of that side (a linked one, else the frame).
 */
export function leadProposals(
  text: string,
  leadWords: readonly Word[],
  leadNamed: readonly TypedMention[],
  itemNamed: readonly TypedMention[],
  frameOf: FrameOf,
): RawProposal[] {
  const rules = ontology().rules;
  const raws: RawProposal[] = [];
  for (const entry of RELATION_CUES) {
    const rule = rules.get(entry.type);
    if (!rule || entry.one === undefined || entry.implicit !== undefined) continue;
    const cues = matchPhrases(leadWords, entry.phrases).filter((match) => {
      const start = leadWords[match.first]!.start;
      return (
        !NOT_CUES.has(leadWords[match.first]!.text.toLowerCase()) &&
        !leadNamed.some((end) => end.span.start <= start && start < end.span.end)
      );
    });
    const cue = cues[0];
    if (!cue) continue;
    const oneTypes = entry.one === 'to' ? rule.to : rule.from;
    const manyTypes = entry.one === 'to' ? rule.from : rule.to;
    const linked = leadNamed.find((end) => oneTypes.has(end.type as never) && !end.candidate);
    const framed = entry.frame?.includes(entry.one) ? frameOf(oneTypes) : undefined;
    const one = linked ?? (framed ? { ...framed } : undefined);
    if (!one) continue;
    const oneEnd: TypedMention = { ...one, source: 'frame' };
    const carried = {
      phrase: cue.phrase,
      span: spanOf(text, leadWords[cue.first]!.start, leadWords[cue.last - 1]!.end),
    };
    for (const item of itemNamed) {
      if (!manyTypes.has(item.type as never) || item.id === oneEnd.id) continue;
      const [from, to] = entry.one === 'to' ? [item, oneEnd] : [oneEnd, item];
      const confidence = entry.confidence * CARRIED_WEIGHT * (item.candidate ? CANDIDATE_WEIGHT : 1);
      raws.push({ entry, from, to, cue: null, confidence, carried });
    }
  }
  return raws;
}

/**
 * "Parties agreed to the following: ... Establish a Forum": an item opening with a verb is done by
 * the lead-in's subject, its parties (BLOC/COUNTRY named there, or the document's latest pair when
 * the lead-in opens with a plural noun such as "Parties" or "Partners").
 */
export function itemDoers(
  text: string,
  itemWords: readonly Word[],
  leadWords: readonly Word[],
  leadNamed: readonly TypedMention[],
  parties: readonly TypedMention[],
): TypedMention[] {
  const first = itemWords[afterMarker(itemWords)];
  if (!first || first.pos !== 'VERB' || /^[A-Z]{2,}/.test(first.text)) return [];
  const named = leadNamed.filter((end) => end.type === 'BLOC' || end.type === 'COUNTRY');
  if (named.length > 0) return named.map((end) => ({ ...end, source: 'frame' as const }));
  const opener = leadWords[0];
  if (!opener || (opener.pos !== 'NOUN' && opener.pos !== 'PROPN') || !/s$/i.test(opener.text)) return [];
  const span = spanOf(text, opener.start, opener.end);
  return parties.map((party) => ({ ...party, span, source: 'frame' as const }));
}

/** COVERS from each thing an item names to the topic heading it. */
export function headingProposals(text: string, heading: TypedMention, itemNamed: readonly TypedMention[]): RawProposal[] {
  const entry = RELATION_CUES_BY_TYPE.get('COVERS');
  const rule = entry && ontology().rules.get(entry.type);
  if (!entry || !rule || !rule.to.has(heading.type as never)) return [];
  const topic: TypedMention = { ...heading, source: 'frame' };
  const carried = { phrase: '(heading)', span: heading.span };
  return itemNamed
    .filter((item) => item.span.start > heading.span.end || item.span.end <= heading.span.start)
    .filter((item) => rule.from.has(item.type as never) && !HEADING_TYPES.has(item.type) && item.id !== heading.id)
    .map((item) => ({
      entry,
      from: item,
      to: topic,
      cue: null,
      confidence: entry.confidence * CARRIED_WEIGHT * (item.candidate ? CANDIDATE_WEIGHT : 1),
      carried,
    }));
}
