/**
 * Fields and technologies the graph lacks are written in lower case, in lists beside ones it has:
 * "applications in biomedicine, materials sciences, and climate modeling". In a list of three or
 * more items where at least two (or one, in a list of four or more) are linked to technologies or
 * policy fields, the other items that are short lower-case noun phrases beside a linked one are
 * proposed too, typed by their head noun. Procedural words
 * stand in such lists less often than fields do; a reviewer rejects those.
 */
import type { Word } from './readText';

export interface Sibling {
  first: number;
  last: number;
  type: string;
}

const SEPARATORS = new Set([',', 'and', 'or', ';']);
const TECHNOLOGY_HEADS =
  /^(hardware|software|systems?|technolog(y|ies)|computing|learning|intelligence|networks?|cables?|chips?|devices?|sensors?|robotics|semiconductors?|ai)$/i;
const NOUN_PHRASE_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'VERB']);

interface Segment {
  first: number;
  last: number;
}

// Nouns that introduce a list of fields ("areas such as ...", "technologies such as ...").
const FIELD_NOUNS = /^(areas?|fields?|domains?|sectors?|technolog(y|ies)|topics?)$/i;
// Heads too general to name a field on their own ("bio-molecular field").
const GENERIC_HEADS = /^(fields?|areas?|domains?|sectors?|issues?|matters?|things?|aspects?)$/i;

export function listSiblings(words: Word[], linkedFields: Array<{ first: number; last: number }>, covered: boolean[]): Sibling[] {
  const siblings: Sibling[] = [];
  const sentences = new Map<number, number[]>();
  words.forEach((word, at) => sentences.set(word.sentence, [...(sentences.get(word.sentence) ?? []), at]));
  for (const indexes of sentences.values()) {
    // Segments between separators; a list is a run of segments its separators join. A bracket's
    // contents ("High Performance Computing (HPC)") belong to the item before it, not a new item.
    const segments: Segment[] = [];
    let start = indexes[0]!;
    let depth = 0;
    let cue = -1;
    for (const at of indexes) {
      const text = words[at]!.text.toLowerCase();
      if (text === '(') {
        if (depth === 0 && at > start) segments.push({ first: start, last: at - 1 });
        depth += 1;
        continue;
      }
      if (text === ')') {
        depth = Math.max(0, depth - 1);
        start = at + 1;
        continue;
      }
      if (depth > 0) continue;
      // "areas such as X, Y and Z": the items after the cue are fields even with few of them known.
      if (text === 'as' && words[at - 1]?.text.toLowerCase() === 'such' && FIELD_NOUNS.test(fieldNounBefore(words, at - 2)))
        cue = segments.length;
      if (SEPARATORS.has(text) || ['.', ':'].includes(text)) {
        if (at > start) segments.push({ first: start, last: at - 1 });
        start = at + 1;
      }
    }
    if (start <= indexes[indexes.length - 1]! && depth === 0) segments.push({ first: start, last: indexes[indexes.length - 1]! });
    // "seismic and tsunami modelling": an adjective alone before "and" modifies the next item's head.
    for (let k = 0; k + 1 < segments.length; k += 1) {
      const segment = segments[k]!;
      const next = segments[k + 1]!;
      if (
        segment.first === segment.last &&
        words[segment.first]!.pos === 'ADJ' &&
        /^\p{Ll}+$/u.test(words[segment.first]!.text) &&
        words[segment.last + 1]?.text === 'and' &&
        next.first === segment.last + 2
      ) {
        segments.splice(k, 2, { first: segment.first, last: next.last });
      }
    }
    const linked = (segment: Segment) =>
      linkedFields.some(
        (link) => link.first <= segment.first + (words[segment.first]!.text.toLowerCase() === 'the' ? 1 : 0) && link.last === segment.last,
      );
    const linkedCount = segments.filter(linked).length;
    const cued = cue >= 0;
    if (!cued && (segments.length < 3 || (linkedCount < 2 && !(linkedCount === 1 && segments.length >= 4)))) continue;
    // The items that read as fields, then those among them joined to a known one through a chain of neighbours.
    const items = new Map<number, Sibling>();
    segments.forEach((whole, at) => {
      if (linked(whole) || (cued && at < cue)) return;
      const item = fieldItem(words, whole, covered);
      if (item) items.set(at, item);
    });
    const joined = new Set<number>();
    let grew = true;
    while (grew) {
      grew = false;
      for (const at of items.keys()) {
        if (joined.has(at)) continue;
        const neighbour = (k: number) => segments[k] !== undefined && (linked(segments[k]!) || joined.has(k));
        // After a cue ("such as network connectivity") the first item needs no known neighbour.
        if (neighbour(at - 1) || neighbour(at + 1) || (cued && at === cue)) {
          joined.add(at);
          grew = true;
        }
      }
    }
    for (const at of [...joined].sort((a, b) => a - b)) siblings.push(items.get(at)!);
  }
  return siblings;
}

/** The noun before "such as", past an adjective or a "for ..." phrase ("key areas for collaboration, such as"). */
function fieldNounBefore(words: Word[], at: number): string {
  let k = at;
  if (words[k]?.text === ',') k -= 1;
  for (let steps = 0; steps < 4 && k >= 0; steps += 1, k -= 1) {
    const text = words[k]!.text;
    if (FIELD_NOUNS.test(text)) return text;
    if (!/^\p{Ll}+$/u.test(text)) break;
  }
  return '';
}

/** The short lower-case noun phrase at a segment's end, typed by its head, or nothing. */
function fieldItem(words: Word[], whole: Segment, covered: boolean[]): Sibling | undefined {
  // The first item carries the words that lead into the list ("applications in biomedicine"):
  // the item is the noun phrase at the segment's end.
  let first = whole.last;
  while (
    first > whole.first &&
    (words[first - 1]!.text === '-' ||
      (/^\p{Ll}/u.test(words[first - 1]!.text) && ['NOUN', 'ADJ'].includes(words[first - 1]!.pos)) ||
      // The right part of a hyphenated compound, whatever its tag ("quantum-enhanced").
      (/^\p{Ll}+$/u.test(words[first - 1]!.text) && words[first - 2]?.text === '-' && words[first - 1]!.attached) ||
      (words[first - 1]!.text === 'and' && first - 2 >= whole.first && words[first - 2]!.pos === 'ADJ'))
  )
    first -= 1;
  const segment = { first, last: whole.last };
  if (first > whole.first && !['ADP', 'DET', 'SCONJ'].includes(words[first - 1]!.pos) && words[first - 1]!.text !== 'as') return undefined;
  const items = words.slice(segment.first, segment.last + 1);
  const content = items.filter((word) => word.text !== '-' && word.text !== 'and');
  if (content.length === 0 || content.length > 4) return undefined;
  if (
    !items.every(
      (word, offset) =>
        !covered[segment.first + offset] &&
        (word.text === '-' || (/^\p{Ll}[\p{Ll}-]*$/u.test(word.text) && (NOUN_PHRASE_POS.has(word.pos) || word.text === 'and'))),
    )
  )
    return undefined;
  const head = content[content.length - 1]!;
  if (head.pos !== 'NOUN' && !(head.pos === 'VERB' && /ing$/.test(head.text))) return undefined;
  if (GENERIC_HEADS.test(head.text)) return undefined;
  return { first: segment.first, last: segment.last, type: TECHNOLOGY_HEADS.test(head.text) ? 'TECHNOLOGY' : 'POLICY_AREA' };
}
