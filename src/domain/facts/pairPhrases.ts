/**
 * Phrases that stand for the two parties named last ("They", "both sides", "the partners"): each
 * becomes one end per party, at the phrase's words, so "They signed X" proposes a fact for each.
 * The parties are the distinct BLOC/COUNTRY ends of the latest sentence naming at least two.
 */
import type { Word } from '../names/readText';
import { ANAPHORS, ANAPHOR_TYPES, PAIR_PHRASES, PARTY_TYPES } from './cues';
import { matchPhrases } from './matchPhrases';
import type { TypedMention } from './mentionsOf';

/**
 * The parties a sentence names together: the BLOC/COUNTRY members of its first list that holds two
 * or more of them ("The European Union and Japan will announce"). Parties named apart are not a
 * pair ("the Hiroshima AI Process, set up by the G7 under Japan's presidency": "both sides" earlier
 * in that sentence are still the EU and Japan).
 */
export function partiesOf(mentions: readonly TypedMention[], groups: ReadonlyMap<TypedMention, number>): TypedMention[] {
  const lists = new Map<number, Map<string, TypedMention>>();
  for (const mention of mentions) {
    const group = groups.get(mention);
    if (!PARTY_TYPES.has(mention.type) || group === undefined) continue;
    const list = lists.get(group) ?? new Map<string, TypedMention>();
    if (!list.has(mention.id)) list.set(mention.id, mention);
    lists.set(group, list);
  }
  const together = [...lists.values()].find((list) => list.size >= 2);
  return together ? [...together.values()] : [];
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

/** The last thing of ANAPHOR_TYPES a sentence names, for a pronoun opening the next one. */
export function lastThing(mentions: readonly TypedMention[]): TypedMention | undefined {
  return mentions.filter((mention) => ANAPHOR_TYPES.has(mention.type)).sort((a, b) => b.span.start - a.span.start)[0];
}

/** "This will strengthen ...": the pronoun opening the sentence, as an end standing for `thing`. */
export function pronounEnd(text: string, words: readonly Word[], thing: TypedMention | undefined): TypedMention[] {
  const [first, second, third] = words;
  if (!thing || !first || !ANAPHORS.has(first.text.toLowerCase())) return [];
  // A subject: the next word is a verb, or an adverb before one ("It also strengthens").
  const verb = (word: Word | undefined) => word !== undefined && (word.pos === 'VERB' || word.pos === 'AUX');
  if (!verb(second) && !(second?.pos === 'ADV' && verb(third))) return [];
  return [{ ...thing, span: { start: first.start, end: first.end, text: text.slice(first.start, first.end) }, source: 'pronoun' }];
}
