/** Titles beside names: dropped as mentions, and read for the office a named person holds. */
import type { DocumentContext } from './disambiguate';
import { overlaps, PARTY_TYPES, type Mention } from './mention';
import { relatedSetOf, type NameIndex } from './nameIndex';
import { appositionAfter, appositionBefore, postHolderMatches } from './postHolders';
import type { TextReading } from './readText';

export function fillPostHolders(mentions: Mention[], reading: TextReading, index: NameIndex, context: DocumentContext): Mention[] {
  const words = reading.words;
  const dropped = new Set<Mention>();
  const firstEvent = mentions.find(
    (mention) => mention.decision.kind === 'link' && index.entities.get(mention.decision.match.entityId)?.type === 'EVENT',
  );
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
      // The country or bloc whose office a title names is named all the same ("Japan's Minister of State").
      if (entity && PARTY_TYPES.has(entity.type) && /^['’]s$/.test(words[other.last + 1]?.text ?? '')) return false;
      // New names inside a title are its portfolio ("Tech Sovereignty, Security and Democracy").
      return (
        overlaps(other, title) &&
        (other.first === title.first || other.decision.kind === 'none' || (entity?.type === 'PERSON' && entity.unresolved === true))
      );
    };
    for (const other of mentions)
      if (other !== mention && [after, before].some((title) => title && isTitle(other, title))) dropped.add(other);
    // "the Minister for X, Name, the Minister for Y, Name": a list that opens with a title pairs each
    // name with the title before it.
    const title =
      before && !mentions.some((other) => other.last < before.first && other.type === 'PERSON' && other.last >= before.first - 3)
        ? before
        : (after ?? before);
    if (!title) continue;
    if (mention.decision.kind !== 'none') continue;
    const titleText = reading.text.slice(words[title.first]!.start, words[title.last]!.end);
    const holders = postHolderMatches(titleText, index);
    if (holders.length === 0) continue;
    const top = holders[0]!;
    const related = relatedSetOf(index, top.entityId);
    const aboutItsEvent = firstEvent?.decision.kind === 'link' && related.has(firstEvent.decision.match.entityId);
    if (aboutItsEvent && holders.length === 1) {
      top.explanation.push({
        feature: 'context',
        score: 0.05,
        detail: `the document is about ${firstEvent.decision.kind === 'link' ? firstEvent.decision.match.name : ''}, which the office-holder is related to`,
      });
      mention.decision = { kind: 'link', match: { ...top, score: top.score + 0.05 } };
    } else mention.decision = { kind: 'none', matches: [...holders, ...mention.decision.matches].slice(0, 3) };
  }
  void context;
  return mentions.filter((mention) => !dropped.has(mention));
}
