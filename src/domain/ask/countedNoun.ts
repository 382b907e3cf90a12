/**
 * Counts over a kind the graph writes into names ("how many EU-Japan summits", "how many Digital
 * Partnership Councils"): meetings of one entity type differ by the noun in their names, so a count
 * of "summits" counts the events called summits, not the councils beside them.
 */
import type { EntityType } from '../../__generated__/graphql';
import type { Reading } from './readQuestion';
import { stemOf } from './words';

/** The stems of a name's words, hyphenated ones whole and in parts ("EU-Japan": eu-japan, eu, japan). */
function nameStems(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .flatMap((word) => [word, ...word.split('-')])
      .filter(Boolean)
      .map(stemOf),
  );
}

export function nameCarries(name: string, stem: string): boolean {
  return nameStems(name).has(stem);
}

/**
 * With nothing named ("how many EU-Japan summits do the articles mention?"): the entities of the
 * type asked for whose names carry the counted noun and every other content word of the question.
 */
export function countedMembers(reading: Reading, entities: Iterable<{ id: string; type: string; name: string }>): string[] {
  const noun = reading.countedNoun;
  if (reading.kind !== 'COUNT' || reading.named.length > 0 || !noun || !reading.answerTypes) return [];
  const types = reading.answerTypes as readonly string[];
  const members: string[] = [];
  for (const entity of entities) {
    if (!types.includes(entity.type as EntityType)) continue;
    const stems = nameStems(entity.name);
    if (stems.has(noun) && reading.unexplained.every((stem) => stems.has(stem))) members.push(entity.id);
  }
  return members;
}
