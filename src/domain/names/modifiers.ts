/** Mentions trimmed or widened by the words around them. */
import { coverage, PARTY_TYPES, type Mention } from './mention';
import type { NameIndex } from './nameIndex';
import type { TextReading, Word } from './readText';
import { typeOfHead } from './titles';

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
    // "hybrid HPC-quantum computing architectures": the right part of a hyphenated compound.
    if (
      !PARTY_TYPES.has(type) &&
      before?.text === '-' &&
      before.attached &&
      words[mention.first]!.attached &&
      /[\p{L}\p{N}]$/u.test(words[mention.first - 2]?.text ?? '')
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
  // "AI-powered networks": a technology compound of a technology head noun is a technology of its own.
  const compoundHead = (mention: Mention): number | undefined => {
    const after = words[mention.last + 1];
    const participle = words[mention.last + 2];
    const head = words[mention.last + 3];
    if (after?.text !== '-' || !participle || !head || head.sentence !== after.sentence) return undefined;
    if (!/^\p{Ll}+(ed|based|powered|driven|enabled)$/u.test(participle.text)) return undefined;
    return /^\p{Ll}+$/u.test(head.text) && head.pos === 'NOUN' && typeOfHead(head.text) === 'TECHNOLOGY' ? mention.last + 3 : undefined;
  };
  // Kept silent: the words are covered (no new name there) but nothing is reported.
  return mentions.map((mention) => {
    if (!modifier(mention)) return mention;
    const head = mention.decision.kind === 'link' ? compoundHead(mention) : undefined;
    if (
      head !== undefined &&
      index.entities.get((mention.decision as { match: { entityId: string } }).match.entityId)?.type === 'TECHNOLOGY'
    )
      return {
        first: mention.first,
        last: head,
        start: mention.start,
        end: words[head]!.end,
        decision: { kind: 'none', matches: [] },
        type: 'TECHNOLOGY',
        name: reading.text.slice(mention.start, words[head]!.end),
      };
    return { ...mention, silent: true, decision: { kind: 'none', matches: [] } };
  });
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

// Kind nouns that make a field or technology before them the subject of one named thing.
const PROJECT_KINDS = /^(project|projects|programme|program|forum|initiative|channel|mission|scheme|consortium)$/;

/**
 * "the next-generation semiconductor R&D project", "an AI communication channel": a field or
 * technology, up to two more words and a kind noun ("project", "forum", "channel") name one
 * programme or body, not the field. The longer phrase becomes the new name, typed by its kind noun,
 * with the hyphenated or adjectival modifiers directly before it ("next-generation", "joint").
 */
export function describedProjects(
  mentions: Mention[],
  reading: TextReading,
  index: NameIndex,
  propose: (name: string) => Mention['decision'],
): Mention[] {
  const words = reading.words;
  // A new name right after the field ("R&D project") is the rest of the longer name: it may be absorbed.
  const candidates = mentions.filter((mention) => mention.decision.kind === 'none' && !mention.silent);
  const covered = coverage(
    words.length,
    mentions.filter((mention) => !candidates.includes(mention)),
  );
  const absorbed = new Set<Mention>();
  const replaced: Mention[] = [];
  for (const mention of mentions) {
    if (
      mention.decision.kind !== 'link' ||
      !['TECHNOLOGY', 'POLICY_AREA'].includes(index.entities.get(mention.decision.match.entityId)?.type ?? '')
    ) {
      replaced.push(mention);
      continue;
    }
    const sentence = words[mention.first]!.sentence;
    let end = -1;
    for (let k = mention.last + 1; k <= mention.last + 3 && k < words.length; k += 1) {
      const word = words[k]!;
      if (covered[k] || word.sentence !== sentence) break;
      const lower = /^\p{Ll}+$/u.test(word.text) && word.pos === 'NOUN';
      const acronym = /^\p{Lu}[\p{Lu}&]*\p{Lu}$/u.test(word.text);
      if (!lower && !acronym) break;
      if (lower && PROJECT_KINDS.test(word.text)) {
        end = k;
        break;
      }
    }
    if (end < 0) {
      replaced.push(mention);
      continue;
    }
    let start = mention.first;
    for (let k = mention.first - 1; k >= 0 && k >= mention.first - 3; k -= 1) {
      const word = words[k]!;
      if (covered[k] || word.sentence !== sentence) break;
      const lower = (at: number) => words[at] !== undefined && /^\p{Ll}+$/u.test(words[at]!.text) && !covered[at];
      if (word.text === '-' && word.attached) {
        if (lower(k - 1)) continue;
        break;
      }
      // "next-generation": both parts of a hyphenated compound, or an adjective.
      const rightPart = words[k - 1]?.text === '-' && word.attached;
      const leftPart = words[k + 1]?.text === '-' && words[k + 1]!.attached;
      if (!lower(k) || !(word.pos === 'ADJ' || leftPart || (rightPart && lower(k - 2)))) break;
      start = k;
    }
    const inside = candidates.filter((candidate) => candidate.first > mention.last && candidate.first <= end);
    if (inside.some((candidate) => candidate.last > end)) {
      replaced.push(mention);
      continue;
    }
    for (const candidate of inside) absorbed.add(candidate);
    const name = reading.text.slice(words[start]!.start, words[end]!.end);
    for (let k = start; k <= end; k += 1) covered[k] = true;
    replaced.push({
      first: start,
      last: end,
      start: words[start]!.start,
      end: words[end]!.end,
      decision: propose(name),
      type: typeOfHead(words[end]!.text) ?? 'INITIATIVE',
      name,
    });
  }
  return replaced.filter((mention) => !absorbed.has(mention));
}

// Adjectives that make a technology's name the name of another, narrower one ("generative AI"),
// unlike those that only describe it ("advanced AI", "trustworthy AI" when the graph lacks it).
const CLASSIFYING = /^(generative|general-purpose|agentic|frontier|conversational)$/i;

/**
 * "generative AI", "beyond 5G/6G": a classifying adjective before a technology, or "beyond" before
 * a network generation, names a technology of its own (a new name), not the one it contains. A
 * slash-joined generation after it belongs to the same name ("beyond 5G/6G").
 */
export function classifiedTechnologies(
  mentions: Mention[],
  reading: TextReading,
  index: NameIndex,
  propose: (name: string) => Mention['decision'],
): Mention[] {
  const words = reading.words;
  const technology = (mention: Mention | undefined) =>
    mention !== undefined &&
    !mention.silent &&
    mention.decision.kind === 'link' &&
    index.entities.get(mention.decision.match.entityId)?.type === 'TECHNOLOGY';
  const byFirst = new Map(mentions.map((mention) => [mention.first, mention]));
  const dropped = new Set<Mention>();
  const added: Mention[] = [];
  for (const mention of mentions) {
    if (!technology(mention) || dropped.has(mention)) continue;
    const before = words[mention.first - 1];
    if (!before || before.sentence !== words[mention.first]!.sentence) continue;
    const generation = /^\d+G$/.test(reading.text.slice(mention.start, mention.end));
    const beyond = before.text.toLowerCase() === 'beyond' && generation;
    let first = mention.first - 1;
    // "general-purpose AI": the adjective may be hyphenated.
    if (!beyond) {
      let word = before.text;
      if (words[first - 1]?.text === '-' && before.attached && words[first - 1]!.attached) {
        word = `${words[first - 2]?.text ?? ''}-${word}`;
        first -= 2;
      }
      if (!CLASSIFYING.test(word) || !/^\p{Ll}/u.test(words[first]!.text)) continue;
    }
    if (mentions.some((other) => other !== mention && !other.silent && other.first <= mention.first - 1 && other.last >= first)) continue;
    let last = mention.last;
    const slashed = byFirst.get(mention.last + 2);
    if (beyond && words[mention.last + 1]?.text === '/' && technology(slashed) && slashed!.first === slashed!.last) {
      last = slashed!.last;
      dropped.add(slashed!);
    }
    dropped.add(mention);
    const name = reading.text.slice(words[first]!.start, words[last]!.end);
    added.push({
      first,
      last,
      start: words[first]!.start,
      end: words[last]!.end,
      decision: propose(beyond ? name.replace(/\/.*$/u, '') : name),
      type: 'TECHNOLOGY',
      name: beyond ? name.replace(/\/.*$/u, '').replace(/^beyond/u, 'Beyond') : name,
    });
  }
  return [...mentions.filter((mention) => !dropped.has(mention)), ...added].sort((a, b) => a.start - b.start);
}
