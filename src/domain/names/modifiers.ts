/** Mentions trimmed or widened by the words around them. */
import { coverage, PARTY_TYPES, type Mention } from './mention';
import type { NameIndex } from './nameIndex';
import type { TextReading, Word } from './readText';

/**
 * Names used as modifiers are not mentions: a country or bloc paired with a demonym ("EU and
 * Japanese stakeholders"), a hyphenated pair before a common noun ("a joint EU-Japan call"), and
 * the first part of an adjective compound ("AI-enhanced quantum applications").
 */
export function dropModifiers(mentions: Mention[], reading: TextReading, index: NameIndex): Mention[] {
  const words = reading.words;
  const demonym = (word: Word | undefined) =>
    word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word.text) && (word.pos === 'ADJ' || /(ese|ish|ian|ean)$/u.test(word.text));
  const lowerNoun = (word: Word | undefined) =>
    word !== undefined && /^\p{Ll}/u.test(word.text) && (word.pos === 'NOUN' || word.pos === 'VERB');
  const partyAt = (at: number) =>
    mentions.find(
      (mention) =>
        (mention.first === at || mention.last === at) &&
        mention.decision.kind === 'link' &&
        PARTY_TYPES.has(index.entities.get(mention.decision.match.entityId)!.type),
    );
  const modifier = (mention: Mention): boolean => {
    if (mention.decision.kind !== 'link') return false;
    const type = index.entities.get(mention.decision.match.entityId)!.type;
    const before = words[mention.first - 1];
    const after = words[mention.last + 1];
    if (
      after?.text === '-' &&
      after.attached &&
      /^\p{Ll}+(ed|based|powered|driven|related|enabled)$/u.test(words[mention.last + 2]?.text ?? '')
    )
      return true;
    if (!PARTY_TYPES.has(type)) return false;
    if (after?.text === 'and' && demonym(words[mention.last + 2])) return true;
    if (before?.text === 'and' && demonym(words[mention.first - 2])) return true;
    // "EU-Japan call": both halves of a hyphenated pair, then a common noun.
    const pairedAfter = after?.text === '-' && after.attached && partyAt(mention.last + 2);
    const pairedBefore = before?.text === '-' && before.attached && partyAt(mention.first - 2);
    return Boolean((pairedAfter && lowerNoun(words[mention.last + 3])) || (pairedBefore && lowerNoun(after)));
  };
  // Kept silent: the words are covered (no new name there) but nothing is reported.
  return mentions.map((mention) => (modifier(mention) ? { ...mention, silent: true, decision: { kind: 'none', matches: [] } } : mention));
}

/** "letter of intent on quantum science cooperation": an agreement's topic belongs to its mention. */
export function extendAgreementTopics(mentions: Mention[], reading: TextReading, index: NameIndex): Mention[] {
  const words = reading.words;
  const covered = coverage(words.length, mentions);
  for (const mention of mentions) {
    if (
      mention.decision.kind !== 'link' ||
      index.entities.get(mention.decision.match.entityId)?.type !== 'AGREEMENT' ||
      words[mention.last + 1]?.text !== 'on'
    )
      continue;
    let end = mention.last + 1;
    for (let k = mention.last + 2; k <= mention.last + 5 && k < words.length; k += 1) {
      const word = words[k]!;
      if (
        covered[k] ||
        word.sentence !== words[mention.last]!.sentence ||
        !/^\p{Ll}+$/u.test(word.text) ||
        !['NOUN', 'ADJ'].includes(word.pos)
      )
        break;
      end = k;
    }
    if (end === mention.last + 1) continue;
    for (let k = mention.last + 1; k <= end; k += 1) covered[k] = true;
    mention.last = end;
    mention.end = words[end]!.end;
  }
  return mentions;
}

/** "6G technology": a technology's name followed by the word itself ("AI technologies" are many). */
export function extendTechnologies(mentions: Mention[], reading: TextReading, index: NameIndex): Mention[] {
  const words = reading.words;
  const covered = coverage(words.length, mentions);
  for (const mention of mentions) {
    if (mention.decision.kind !== 'link' || index.entities.get(mention.decision.match.entityId)?.type !== 'TECHNOLOGY') continue;
    const next = words[mention.last + 1];
    if (!next || covered[mention.last + 1] || next.sentence !== words[mention.last]!.sentence || next.text.toLowerCase() !== 'technology')
      continue;
    mention.last += 1;
    mention.end = next.end;
    covered[mention.last] = true;
  }
  return mentions;
}
