/**
 * "Quantum technology agreement": a topic and a kind noun describe the one entity of that kind
 * whose name says it is on that topic ("EU-Japan Letter of Intent on Quantum Technology"), when
 * the graph has exactly one and, if it is dated, its date is near the document's. Candidates come
 * from the index's topic lists (topicIndex.ts), not from a scan of the graph's entities.
 */
import { daysApart } from './isoDates';
import type { NameIndex } from './nameIndex';
import { typeOfHead } from './titles';
import type { ScoredMatch } from './types';
import { normalWords, stem } from './wordForms';

const NEAR_DAYS = 60;

export function topicDescriptionMatch(surface: string, index: NameIndex, publishedAt?: string | null): ScoredMatch | undefined {
  const words = normalWords(surface).filter((word) => word !== 'the');
  const kind = words.length >= 2 ? typeOfHead(words[words.length - 1]!) : undefined;
  if (!kind || !['AGREEMENT', 'INITIATIVE'].includes(kind)) return undefined;
  const topic = words
    .slice(0, -1)
    .filter((word) => word.length > 3)
    .map((word) => stem(word));
  if (topic.length === 0) return undefined;
  const found: ScoredMatch[] = [];
  // Every topic stem must be the entity's: the shortest list of any one of them holds them all.
  const lists = topic.map((stem) => index.topics.get(stem) ?? []);
  const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  for (const { entityId, type, complement, stems } of shortest) {
    if (type !== kind || !topic.every((stem) => stems.has(stem))) continue;
    const entity = index.entities.get(entityId)!;
    const days = entity.date && publishedAt ? daysApart(entity.date, publishedAt) : undefined;
    if (days !== undefined && days > NEAR_DAYS) continue;
    found.push({
      entityId: entity.id,
      name: entity.name,
      score: 0.7,
      explanation: [
        {
          feature: 'topic',
          score: 0.7,
          detail: `the only ${kind.toLowerCase()} on "${complement}"${days !== undefined ? `, ${days} days from the document's date` : ''}`,
        },
      ],
    });
  }
  return found.length === 1 ? found[0] : undefined;
}
