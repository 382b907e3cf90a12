/**
 * Entities a new name might still be, for the reviewer: blocked by shared word stems
 * (nomenklatura's blocking), scored by the share of stems in common, surnames for people, each
 * with an explanation. Never linked from here: these are suggestions beside a candidate.
 */
import type { NameIndex } from './nameIndex';
import { shapeOf } from './nameShape';
import type { EntityIdSet } from './relatedIds';
import type { ScoredMatch } from './types';
import { normalWords, stem } from './wordForms';

const MAX_MATCHES = 3;

/**
 * A stem more entities than this share ("digital", "council" at 100,000 entities) blocks nothing:
 * it still counts in the score of an entity found by a rarer stem, but it finds none itself, as
 * blocking keys skip too-common tokens. So the work per name follows its rare words, not the graph.
 */
export const MAX_BLOCK = 1_000;

const NO_IDS: EntityIdSet = new Set<string>();

export function possibleMatches(surface: string, index: NameIndex, exclude: Set<string> = new Set()): ScoredMatch[] {
  const shape = shapeOf(normalWords(surface), index.parties);
  const stems = [...new Set(shape.baseWords.map((word) => stem(word)).filter((stem) => stem.length >= 3))];
  if (stems.length === 0) return [];
  const postings = stems.map((stem) => index.byWord.get(stem) ?? NO_IDS);
  const found = new Set<string>();
  for (const ids of postings) if (ids.size <= MAX_BLOCK) for (const id of ids) found.add(id);
  const scored: ScoredMatch[] = [];
  for (const id of found) {
    if (exclude.has(id)) continue;
    const count = postings.filter((ids) => ids.has(id)).length;
    const entity = index.entities.get(id)!;
    const theirs = new Set(shapeOf(normalWords(entity.name), index.parties).baseWords.map((word) => stem(word)));
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
