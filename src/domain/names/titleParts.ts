/**
 * An office's title taken apart (postHolders.ts): its head ("minister"), its rank ("state",
 * "vice") and its portfolio ("digital transformation"). Two titles name the same office when head
 * and portfolio agree; the index keeps unnamed post-holders by that key (postKey).
 */
import { shapeOf, type PartyLexicon } from './nameShape';
import { normalWords } from './wordForms';

export interface TitleParts {
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

export function titleParts(title: string, parties: PartyLexicon): TitleParts | undefined {
  const words = shapeOf(normalWords(title), parties).baseWords;
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

export const postKey = (parts: TitleParts) => `${parts.head}|${parts.portfolio}`;
