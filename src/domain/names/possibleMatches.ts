/**
 * Entities a new name might still be, for the reviewer: blocked by shared word stems
 * (nomenklatura's blocking), scored by the share of stems in common, surnames for people, each
 * with an explanation. Never linked from here: these are suggestions beside a candidate.
 */
import porter from 'talisman/stemmers/porter';
import type { NameIndex } from './nameIndex';
import { shapeOf } from './nameShape';
import type { ScoredMatch } from './types';
import { normalWords } from './wordForms';

const MAX_MATCHES = 3;

export function possibleMatches(surface: string, index: NameIndex, exclude: Set<string> = new Set()): ScoredMatch[] {
  const shape = shapeOf(normalWords(surface), index.parties);
  const stems = new Set(shape.baseWords.map((word) => porter(word)).filter((stem) => stem.length >= 3));
  if (stems.size === 0) return [];
  const shared = new Map<string, number>();
  for (const stem of stems) for (const id of index.byWord.get(stem) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const scored: ScoredMatch[] = [];
  for (const [id, count] of shared) {
    if (exclude.has(id)) continue;
    const entity = index.entities.get(id)!;
    const theirs = new Set(shapeOf(normalWords(entity.name), index.parties).baseWords.map((word) => porter(word)));
    const union = new Set([...stems, ...theirs]).size || 1;
    const score = Math.round((count / union) * 1000) / 1000;
    if (score < 0.3) continue;
    scored.push({
      entityId: id,
      name: entity.name,
      score,
      explanation: [{ feature: 'shared words', score, detail: `${count} of ${union} word stems shared with "${entity.name}"` }],
    });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, MAX_MATCHES);
}
