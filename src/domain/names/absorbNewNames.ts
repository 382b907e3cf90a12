/** New-name candidates placed among the links (newNames.ts finds them; this decides what they cover). */
import { listSiblings } from './listSiblings';
import { coverage, SHORT_TYPES, type Mention } from './mention';
import type { NameIndex } from './nameIndex';
import { DEFAULT_REASON, NAME_SHAPE_REASON, newNameSpans, type NewNameSpan } from './newNames';
import { possibleMatches } from './possibleMatches';
import { isEnglishText, isKnownWord, type TextReading } from './readText';
import { looksLikeAcronym } from './acronyms';

/**
 * New names on what links leave over. A longer capitalised name with a telling head noun may
 * contain short links ("EU-Japan Business Round Table", "DFFT Expert Community", "Chips Joint
 * Undertaking"): the name wins and the links inside it go, as no mention nests in another.
 */
export function proposeNewNames(mentions: Mention[], reading: TextReading, index: NameIndex): Mention[] {
  const words = reading.words;
  const absorbable = (mention: Mention) => mention.decision.kind === 'link';
  const hard = coverage(
    words.length,
    mentions.filter((mention) => !absorbable(mention)),
  );
  const all = coverage(words.length, mentions);
  const absorbed = new Set<Mention>();
  const kept: NewNameSpan[] = [];
  const startingAt = new Map<number, Mention[]>();
  for (const mention of mentions) startingAt.set(mention.first, [...(startingAt.get(mention.first) ?? []), mention]);
  for (const span of newNameSpans(reading, hard)) {
    const inside: Mention[] = [];
    for (let k = span.first; k <= span.last; k += 1)
      for (const mention of startingAt.get(k) ?? []) if (mention.last <= span.last && absorbable(mention)) inside.push(mention);
    // A name typed by its shape alone holds no known name ("Tokyo Electron" is Tokyo and a word).
    if (inside.length > 0 && span.reason === NAME_SHAPE_REASON) continue;
    if (inside.length === 0) {
      if (!all.slice(span.first, span.last + 1).some(Boolean)) kept.push(span);
      continue;
    }
    // A title and a person the graph knows ("Prime Minister Fumio Kishida") name that person, not a new one.
    const personInside = inside.some(
      (mention) => mention.decision.kind === 'link' && index.entities.get(mention.decision.match.entityId)?.type === 'PERSON',
    );
    if (span.type === 'PERSON' && personInside) continue;
    // A name running into a link it does not contain is cut off by it ("President of the European
    // Commission, Ursula" of "... Ursula von der Leyen"): the link is the name, the rest its title.
    if (mentions.some((mention) => !inside.includes(mention) && mention.first <= span.last && mention.last >= span.first)) continue;
    // The word that types the longer name must be its own, not a linked name's ("European
    // Commission for Tech Sovereignty" is the Commission and a portfolio), unless it joins names.
    const headFree = span.head !== undefined && (span.head < 0 || !all[span.head]);
    const typed = span.reason !== DEFAULT_REASON || span.type === 'PERSON';
    const free = words
      .slice(span.first, span.last + 1)
      .some(
        (word, offset) =>
          !all[span.first + offset] && /^[\p{Lu}\p{Ll}\p{N}]/u.test(word.text) && !['of', 'for', 'and', 'on', 'the'].includes(word.text),
      );
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
  const fields = result.filter(
    (mention) => mention.decision.kind === 'link' && SHORT_TYPES.has(index.entities.get(mention.decision.match.entityId)!.type),
  );
  for (const sibling of listSiblings(words, fields, covered))
    spans.push({ ...sibling, nameFirst: sibling.first, reason: 'a list item beside known fields' });
  for (const span of spans) {
    // A title-cased run of plain English words with nothing to type it ("Joint Statement", "Develop
    // Human") is a heading or a phrase, not a name: names have a telling head or an unknown word.
    if (
      span.reason === DEFAULT_REASON &&
      isEnglishText(reading) &&
      words
        .slice(span.nameFirst, span.last + 1)
        .every((word) => !/\p{L}/u.test(word.text) || (isKnownWord(word.text) && !looksLikeAcronym(word.text)))
    )
      continue;
    const start = words[span.first]!.start;
    const end = words[span.last]!.end;
    const name = reading.text.slice(words[span.nameFirst]!.start, end);
    result.push({
      first: span.first,
      last: span.last,
      start,
      end,
      decision: { kind: 'none', matches: possibleMatches(name, index) },
      type: span.type,
      name,
      ...(span.reason === DEFAULT_REASON ? { defaultType: true } : {}),
    });
  }
  return result.sort((a, b) => a.start - b.start);
}
