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

export function listSiblings(words: Word[], linkedFields: Array<{ first: number; last: number }>, covered: boolean[]): Sibling[] {
  const siblings: Sibling[] = [];
  const sentences = new Map<number, number[]>();
  words.forEach((word, at) => sentences.set(word.sentence, [...(sentences.get(word.sentence) ?? []), at]));
  for (const indexes of sentences.values()) {
    // Segments between separators; a list is a run of segments its separators join.
    const segments: Segment[] = [];
    let start = indexes[0]!;
    for (const at of indexes) {
      const text = words[at]!.text.toLowerCase();
      if (SEPARATORS.has(text) || ['.', ':', '(', ')'].includes(text)) {
        if (at > start) segments.push({ first: start, last: at - 1 });
        start = at + 1;
      }
    }
    if (start <= indexes[indexes.length - 1]!) segments.push({ first: start, last: indexes[indexes.length - 1]! });
    const linked = (segment: Segment) =>
      linkedFields.some(
        (link) => link.first <= segment.first + (words[segment.first]!.text.toLowerCase() === 'the' ? 1 : 0) && link.last === segment.last,
      );
    const linkedCount = segments.filter(linked).length;
    if (segments.length < 3 || (linkedCount < 2 && !(linkedCount === 1 && segments.length >= 4))) continue;
    for (const whole of segments) {
      if (linked(whole)) continue;
      // The first item carries the words that lead into the list ("applications in biomedicine"):
      // the item is the noun phrase at the segment's end.
      let first = whole.last;
      while (
        first > whole.first &&
        (words[first - 1]!.text === '-' || (/^\p{Ll}/u.test(words[first - 1]!.text) && ['NOUN', 'ADJ'].includes(words[first - 1]!.pos)))
      )
        first -= 1;
      const segment = { first, last: whole.last };
      if (first > whole.first && !['ADP', 'DET'].includes(words[first - 1]!.pos)) continue;
      const items = words.slice(segment.first, segment.last + 1);
      const content = items.filter((word) => word.text !== '-');
      if (content.length === 0 || content.length > 4) continue;
      if (
        !items.every(
          (word, offset) =>
            !covered[segment.first + offset] &&
            (word.text === '-' || (/^\p{Ll}[\p{Ll}-]*$/u.test(word.text) && NOUN_PHRASE_POS.has(word.pos))),
        )
      )
        continue;
      const head = content[content.length - 1]!;
      if (head.pos !== 'NOUN' && !(head.pos === 'VERB' && /ing$/.test(head.text))) continue;
      // Its neighbours must be list items too: a linked segment right before or after it.
      const at = segments.indexOf(whole);
      if (!(segments[at - 1] && linked(segments[at - 1]!)) && !(segments[at + 1] && linked(segments[at + 1]!))) continue;
      siblings.push({ first: segment.first, last: segment.last, type: TECHNOLOGY_HEADS.test(head.text) ? 'TECHNOLOGY' : 'POLICY_AREA' });
    }
  }
  return siblings;
}
