/**
 * Phrases that stand for the two parties named last ("They", "both sides", "the partners"): each
 * becomes one end per party, at the phrase's words, so "They signed X" proposes a fact for each.
 * The parties are the distinct BLOC/COUNTRY ends of the latest sentence naming at least two.
 */
import type { Word } from '../names/readText';
import { PAIR_PHRASES, PARTY_TYPES } from './cues';
import { matchPhrases } from './matchPhrases';
import type { TypedMention } from './mentionsOf';

export function partiesOf(mentions: readonly TypedMention[]): TypedMention[] {
  const distinct = new Map<string, TypedMention>();
  for (const mention of mentions) if (PARTY_TYPES.has(mention.type) && !distinct.has(mention.id)) distinct.set(mention.id, mention);
  return distinct.size >= 2 ? [...distinct.values()] : [];
}

export function pairEnds(
  text: string,
  words: readonly Word[],
  mentions: readonly TypedMention[],
  parties: readonly TypedMention[],
): TypedMention[] {
  if (parties.length === 0) return [];
  const ends: TypedMention[] = [];
  let covered = -1;
  for (const match of matchPhrases(words, PAIR_PHRASES)) {
    if (match.first <= covered) continue;
    const start = words[match.first]!.start;
    const end = words[match.last - 1]!.end;
    if (mentions.some((mention) => mention.span.start < end && start < mention.span.end)) continue;
    covered = match.last - 1;
    for (const party of parties) ends.push({ ...party, span: { start, end, text: text.slice(start, end) }, source: 'pair' });
  }
  return ends;
}
