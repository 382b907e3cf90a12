/**
 * Agreements and initiatives whose name says what they are on ("EU-Japan Letter of Intent on
 * Quantum Technology"), by each word stem of that topic, so that a description ("quantum
 * technology agreement", topicDescriptions.ts) is compared with the few entities on its topic
 * rather than with every entity of its kind.
 */
import type { NameEntity } from './types';
import { normalWords, stem } from './wordForms';

const TOPIC = / (?:on|for) (.+)$/i;
const TOPICAL_TYPES = new Set(['AGREEMENT', 'INITIATIVE']);

export interface TopicalEntity {
  entityId: string;
  type: string;
  /** The words after "on" or "for" in its name, as written. */
  complement: string;
  stems: Set<string>;
}

/** Stem of a topic word -> the entities whose topic has it, in the order they were added. */
export type TopicIndex = Map<string, TopicalEntity[]>;

export function addTopical(topics: TopicIndex, entity: NameEntity): void {
  if (!TOPICAL_TYPES.has(entity.type)) return;
  const complement = TOPIC.exec(entity.name)?.[1];
  if (!complement) return;
  const stems = new Set(normalWords(complement).map((word) => stem(word)));
  const topical: TopicalEntity = { entityId: entity.id, type: entity.type, complement, stems };
  for (const stem of stems) {
    const list = topics.get(stem);
    if (list) list.push(topical);
    else topics.set(stem, [topical]);
  }
}
