/**
 * Titles in apposition ("Masaaki Taira, Minister for Digital Transformation") say what office a
 * named person holds. When the graph stores that office's holder only by title (an unresolved
 * PERSON, "Japan's Minister for Digital Transformation"), the named person may be that holder: the
 * same head ("Minister") and portfolio ("digital transformation"), in a document about an event the
 * graph relates the holder to. The title itself is not a mention (it becomes a role).
 */
import type { NameIndex } from './nameIndex';
import type { Word } from './readText';
import { postKey, titleParts } from './titleParts';
import { isHonorific, isTitleHead } from './titles';

/** A title's head word: an office, not an honorific ("Mr." opens a name, not a title). */
const isOffice = (word: string) => !isHonorific(word) && (isTitleHead(word) || isTitleHead(word.split('-').pop() ?? ''));
import type { ScoredMatch } from './types';

/** The title phrase after "Name," : capitalised words and the connectors inside titles. */
export function appositionAfter(words: Word[], last: number): { first: number; last: number } | undefined {
  if (words[last + 1]?.text !== ',') return undefined;
  const first = words[last + 2]?.text.toLowerCase() === 'the' ? last + 3 : last + 2;
  let end = -1;
  let sawHead = false;
  for (let k = first; k < words.length && words[k]!.sentence === words[last]!.sentence; k += 1) {
    const word = words[k]!;
    if (isHonorific(word.text)) break;
    if (/^\p{Lu}/u.test(word.text)) {
      if (isOffice(word.text)) sawHead = true;
      end = k;
      continue;
    }
    if (['of', 'for', 'and', '-'].includes(word.text.toLowerCase())) continue;
    // "Japan’s Minister of State": a possessive after the first word of the title.
    if (/^['’]s$/u.test(word.text) && k === first + 1) continue;
    // A comma continues a portfolio list ("Economy, Trade and Industry") only before a capital.
    if (word.text === ',' && /^\p{Lu}/u.test(words[k + 1]?.text ?? '') && words.slice(k + 2, k + 4).some((next) => next.text === 'and'))
      continue;
    break;
  }
  return sawHead && end >= first ? { first, last: end } : undefined;
}

export function postHolderMatches(title: string, index: NameIndex): ScoredMatch[] {
  const parts = titleParts(title, index.parties);
  if (!parts) return [];
  const matches: ScoredMatch[] = [];
  const seen = new Set<string>();
  // Post-holders are indexed by head and portfolio (nameIndex.ts), each form in entity order.
  for (const { entityId, form, rank } of index.postHolders.get(postKey(parts)) ?? []) {
    if (seen.has(entityId)) continue;
    seen.add(entityId);
    const sameRank = rank.join(' ') === parts.rank.join(' ');
    const score = sameRank ? 0.9 : 0.8;
    matches.push({
      entityId,
      name: index.entities.get(entityId)!.name,
      score,
      explanation: [{ feature: 'office', score, detail: `holds "${title}", the office of "${form}"${sameRank ? '' : ' (rank differs)'}` }],
    });
  }
  return matches.sort((a, b) => b.score - a.score);
}

/** The title phrase before ", Name": "the Japanese Minister for Digital Transformation, Taro Kono". */
export function appositionBefore(words: Word[], first: number): { first: number; last: number } | undefined {
  if (words[first - 1]?.text !== ',' || first < 2) return undefined;
  const last = first - 2;
  let start = -1;
  let sawHead = false;
  for (let k = last; k >= 0 && k >= last - 12 && words[k]!.sentence === words[first]!.sentence; k -= 1) {
    const word = words[k]!;
    if (isHonorific(word.text)) break;
    if (/^\p{Lu}/u.test(word.text)) {
      if (isOffice(word.text)) sawHead = true;
      start = k;
      continue;
    }
    if (['of', 'for', 'and', '-'].includes(word.text.toLowerCase())) continue;
    break;
  }
  if (!sawHead || start < 0 || !/^\p{Lu}/u.test(words[last]!.text)) return undefined;
  return { first: start, last };
}
