/**
 * "Quantum technology agreement": a topic and a kind noun describe the one entity of that kind
 * whose name says it is on that topic ("EU-Japan Letter of Intent on Quantum Technology"), when
 * the graph has exactly one and, if it is dated, its date is near the document's.
 */
import porter from 'talisman/stemmers/porter';
import { daysApart } from './isoDates';
import type { NameIndex } from './nameIndex';
import { typeOfHead } from './titles';
import type { ScoredMatch } from './types';
import { normalWords } from './wordForms';

const TOPIC = / (?:on|for) (.+)$/i;
const NEAR_DAYS = 60;

export function topicDescriptionMatch(surface: string, index: NameIndex, publishedAt?: string | null): ScoredMatch | undefined {
  const words = normalWords(surface).filter((word) => word !== 'the');
  const kind = words.length >= 2 ? typeOfHead(words[words.length - 1]!) : undefined;
  if (!kind || !['AGREEMENT', 'INITIATIVE'].includes(kind)) return undefined;
  const topic = words
    .slice(0, -1)
    .filter((word) => word.length > 3)
    .map((word) => porter(word));
  if (topic.length === 0) return undefined;
  const found: ScoredMatch[] = [];
  for (const entity of index.entities.values()) {
    if (entity.type !== kind) continue;
    const complement = TOPIC.exec(entity.name)?.[1];
    if (!complement) continue;
    const stems = new Set(normalWords(complement).map((word) => porter(word)));
    if (!topic.every((stem) => stems.has(stem))) continue;
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
