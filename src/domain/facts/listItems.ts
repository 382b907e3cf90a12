/**
 * Lists introduced by a lead-in ("Some of the key outcomes of the Council meeting include:",
 * "Parties agreed to the following:") and items headed by a topic ("Semiconductors: Strengthen
 * efforts ... through early warning mechanisms"). An item states its facts with words of the
 * lead-in or of its heading, which lie outside its own sentence:
 *
 * - a cue of the lead-in carries over to its items ("key outcomes ... include:" makes each
 *   initiative, agreement or meeting an item names an outcome of the lead-in's council, or of the
 *   document's frame);
 * - an item that opens with a verb ("Establish a ROK-EU Forum") is done by the lead-in's subject;
 * - a topic heading an item ("Cybersecurity: Through the sixth Cyber Dialogue, ...") is what the
 *   things the item names cover.
 *
 * The list is the line after the lead-in, or the run of bulleted or indented lines after it.
 */
import type { Word } from '../names/readText';

export interface SentenceBounds {
  start: number;
  end: number;
}

const MARKER = /^\s*(?:[-•*–]|\d+[.)])\s*/;

/** For each sentence, the index of the lead-in sentence whose list it belongs to, if any. */
export function listLeads(text: string, sentences: readonly SentenceBounds[]): Array<number | undefined> {
  const leads: Array<number | undefined> = sentences.map(() => undefined);
  sentences.forEach((bounds, index) => {
    if (leads[index] !== undefined || !text.slice(bounds.start, bounds.end).trimEnd().endsWith(':')) return;
    const lineEnd = text.indexOf('\n', bounds.end);
    if (lineEnd < 0 || text.slice(bounds.end, lineEnd).trim() !== '') return;
    // The first line of the list, after blank lines.
    let at = lineEnd + 1;
    while (at < text.length && text.slice(at, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)).trim() === '') {
      const next = text.indexOf('\n', at);
      if (next < 0) return;
      at = next + 1;
    }
    const lineOf = (start: number) => {
      const stop = text.indexOf('\n', start);
      return { start, end: stop < 0 ? text.length : stop };
    };
    const first = lineOf(at);
    let end = first.end;
    if (MARKER.test(text.slice(first.start, first.end))) {
      // Bulleted or indented lines after it belong to it too.
      for (let line = lineOf(first.end + 1); line.start < text.length; line = lineOf(line.end + 1)) {
        const words = text.slice(line.start, line.end);
        if (words.trim() === '') continue;
        if (!MARKER.test(words) && !/^\s/.test(words)) break;
        end = line.end;
      }
    }
    sentences.forEach((other, at2) => {
      if (at2 > index && other.start >= first.start && other.end <= end && leads[at2] === undefined) leads[at2] = index;
    });
  });
  return leads;
}

/** Words of an item after its bullet or number ("- Semiconductors:" -> "Semiconductors:"). */
export function afterMarker(words: readonly Word[]): number {
  let at = 0;
  while (at < words.length && /^(?:[-•*–]|\d+[.)]?|[.)])$/.test(words[at]!.text)) at += 1;
  return at;
}

/**
 * The offset range a heading governs: a sentence that opens (after a marker) with words ending in
 * ":" heads itself and the next sentences of its line up to the next heading.
 */
export function headingEnd(words: readonly Word[]): number | undefined {
  const from = afterMarker(words);
  const colon = words.findIndex((word, at) => at >= from && word.text === ':');
  if (colon <= from || colon > from + 6) return undefined;
  return words[colon]!.start;
}
