/**
 * Common nouns that, with an article, name one programme or body of their own: "a working group
 * to discuss ...", "the code of conduct for AI developers", "a joint research call for
 * collaborative projects on quantum computing". Written in lower case, they are no capitalised new
 * name, and the field in their complement ("on semiconductors") is what they are about, not a
 * mention of its own. The phrase, with that complement, becomes one new INITIATIVE (an agreement's
 * kind, "an administrative arrangement", one AGREEMENT). Without an
 * article ("guiding principles and code of conduct") the words stay a description.
 */
import { coverage, SHORT_TYPES, type Mention } from './mention';
import type { NameIndex } from './nameIndex';
import type { TextReading, Word } from './readText';

// Each kind as its lower-case words and the type it gives; "call" only with "research" or "joint" before it.
const KINDS: Array<{ words: string[]; type: string; field?: boolean }> = [
  ...[
    ['working', 'group'],
    ['working', 'groups'],
    ['code', 'of', 'conduct'],
    ['task', 'force'],
    ['expert', 'group'],
    ['research', 'call'],
    ['joint', 'call'],
  ].map((words) => ({ words, type: 'INITIATIVE' })),
  // Agreements named by their kind: "an administrative arrangement to foster ...".
  ...[
    ['administrative', 'arrangement'],
    ['memorandum', 'of', 'understanding'],
    ['framework', 'agreement'],
  ].map((words) => ({
    words,
    type: 'AGREEMENT',
  })),
  // A field of its own, named by what it governs: "inclusive global governance on AI" (no article needed, a field complement is).
  { words: ['governance'], type: 'POLICY_AREA', field: true },
];
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their']);
// Modifiers an article may put before the kind ("a new joint research call").
const LEADING = new Set(['new', 'joint', 'dedicated', 'bilateral', 'international', 'first', 'second', 'third']);
const COMPLEMENT_WORDS = 6;

export function kindPhrases(
  mentions: Mention[],
  reading: TextReading,
  index: NameIndex,
  propose: (name: string) => Mention['decision'],
): Mention[] {
  const words = reading.words;
  const field = (mention: Mention) =>
    !mention.silent && mention.decision.kind === 'link' && SHORT_TYPES.has(index.entities.get(mention.decision.match.entityId)?.type ?? '');
  const soft = mentions.filter(field);
  const hard = coverage(
    words.length,
    mentions.filter((mention) => !soft.includes(mention)),
  );
  const fieldAt = new Map<number, Mention>();
  for (const mention of soft) for (let k = mention.first; k <= mention.last; k += 1) fieldAt.set(k, mention);
  const dropped = new Set<Mention>();
  const added: Mention[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const kind = KINDS.find((parts) => parts.words.every((part, offset) => words[at + offset]?.text === part));
    if (!kind) continue;
    const kindLast = at + kind.words.length - 1;
    if (words[kindLast]!.sentence !== words[at]!.sentence) continue;
    let first = at;
    const leads = (word: Word) => (kind.field ? word.pos === 'ADJ' && /^\p{Ll}+$/u.test(word.text) : LEADING.has(word.text));
    while (first > 0 && first > at - 2 && leads(words[first - 1]!) && words[first - 1]!.sentence === words[at]!.sentence) first -= 1;
    const article = ARTICLES.has(words[first - 1]?.text.toLowerCase() ?? '');
    if (!article && !kind.field) continue;
    let covered = false;
    for (let k = first; k <= kindLast; k += 1) covered ||= hard[k]! || fieldAt.has(k);
    if (covered) continue;
    // The complement "on X" / "for X developers", kept when it holds a known field and ends on a noun or the field.
    let last = kindLast;
    const preposition = words[kindLast + 1]?.text;
    if (preposition === 'on' || preposition === 'for' || (kind.field && preposition === 'of')) {
      const inside: Mention[] = [];
      for (let k = kindLast + 2; k <= kindLast + 1 + COMPLEMENT_WORDS && k < words.length; k += 1) {
        const word = words[k]!;
        if (word.sentence !== words[at]!.sentence || hard[k]) break;
        const link = fieldAt.get(k);
        if (link) {
          if (!inside.includes(link)) inside.push(link);
          if (link.last === k) last = k;
          continue;
        }
        if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word.text) || !['NOUN', 'ADJ', 'ADP'].includes(word.pos)) break;
        if (word.pos === 'NOUN' && inside.length > 0) last = k;
      }
      if (last > kindLast) {
        for (const link of inside) if (link.last <= last) dropped.add(link);
        if (inside.some((link) => link.last > last)) last = kindLast;
      }
    }
    if (kind.field && last === kindLast) continue;
    const name = reading.text.slice(words[first]!.start, words[last]!.end);
    const from = article ? first - 1 : first;
    added.push({
      first: from,
      last,
      start: words[from]!.start,
      end: words[last]!.end,
      decision: propose(name),
      type: kind.type,
      name,
    });
    for (let k = from; k <= last; k += 1) hard[k] = true;
    at = last;
  }
  return [...mentions.filter((mention) => !dropped.has(mention)), ...added].sort((a, b) => a.start - b.start);
}
