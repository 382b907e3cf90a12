/**
 * Titles in apposition ("Masaaki Taira, Minister for Digital Transformation") say what office a
 * named person holds. When the graph stores that office's holder only by title (an unresolved
 * PERSON, "Japan's Minister for Digital Transformation"), the named person may be that holder: the
 * same head ("Minister") and portfolio ("digital transformation"), in a document about an event the
 * graph relates the holder to. The title itself is not a mention (it becomes a role).
 */
import type { NameIndex } from './nameIndex';
import { shapeOf } from './nameShape';
import type { Word } from './readText';
import { isHonorific, isTitleHead } from './titles';

/** A title's head word: an office, not an honorific ("Mr." opens a name, not a title). */
const isOffice = (word: string) => !isHonorific(word) && (isTitleHead(word) || isTitleHead(word.split('-').pop() ?? ''));
import type { ScoredMatch } from './types';
import { normalWords } from './wordForms';

interface TitleParts {
  head: string;
  rank: string[];
  portfolio: string;
}

const HEAD_WORDS = new Set([
  'minister',
  'secretary',
  'commissioner',
  'president',
  'director',
  'ambassador',
  'governor',
  'chair',
  'chairman',
  'chairperson',
  'head',
]);
const FILLER = new Set(['of', 'for', 'the', 's', 'and']);

export function titleParts(title: string, index: NameIndex): TitleParts | undefined {
  const words = shapeOf(normalWords(title), index.parties).baseWords;
  const at = words.findIndex((word) => HEAD_WORDS.has(word));
  if (at < 0) return undefined;
  const portfolio = words.slice(at + 1).filter((word) => !FILLER.has(word) && word !== 'state');
  if (portfolio.length === 0) return undefined;
  return {
    head: words[at]!,
    rank: words.slice(0, at).concat(words.slice(at + 1).filter((word) => word === 'state')),
    portfolio: portfolio.join(' '),
  };
}

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
  const parts = titleParts(title, index);
  if (!parts) return [];
  const matches: ScoredMatch[] = [];
  for (const entity of index.entities.values()) {
    if (entity.type !== 'PERSON' || !entity.unresolved) continue;
    for (const form of [entity.name, ...entity.aliases.filter((alias) => alias.scope !== 'document').map((alias) => alias.text)]) {
      const theirs = titleParts(form, index);
      if (!theirs || theirs.head !== parts.head || theirs.portfolio !== parts.portfolio) continue;
      const sameRank = theirs.rank.join(' ') === parts.rank.join(' ');
      const score = sameRank ? 0.9 : 0.8;
      matches.push({
        entityId: entity.id,
        name: entity.name,
        score,
        explanation: [
          { feature: 'office', score, detail: `holds "${title}", the office of "${form}"${sameRank ? '' : ' (rank differs)'}` },
        ],
      });
      break;
    }
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
