/**
 * entity(name:): the entity a name means. The name's key is looked up in Neo4j first (canonical
 * names and general aliases, exactly as before), then the name engine's lookup (domain/names
 * lookupName) finds variants: titles and surnames ("Minister Kiuchi"), acronyms ("DFFT"), other
 * names of a country ("Republic of Korea"), typos and transliterations. Only an unambiguous best
 * match counts: a name two entities fit equally well is no entity, not a guess.
 *
 * Names come in batches (every aliased `entity(name:)` of a request): the keys of all of them are
 * one round trip, and the name index (cached per process) serves the rest.
 */
import type { GraphRunner } from '../db/database';
import type { Read } from '../store/records';
import { findEntityIdsByNames } from '../store/entities';
import { judgedLookup } from './lib/judgedNames';
import { nameResolverOf, nameVerdictsOf } from './lib/nameIndexCache';

/** Longer "names" are texts, not names (a bundle's names are at most 300 characters). */
export const MAX_NAME_LENGTH = 300;

/** The entity id each name means; a name that means none is absent from the map. */
export async function findEntitiesByNames(db: GraphRunner, names: readonly string[]): Promise<Read<Map<string, string>>> {
  const exact = await findEntityIdsByNames(db, names);
  const ids = new Map(exact.value);
  if (ids.size > 0) {
    // An editor ruled that this name is not that entity (rejectCandidate, rejectMention), even
    // where it is the entity's own alias: the verdict holds for lookups as for later documents.
    const verdicts = await nameVerdictsOf(db);
    for (const [name, entityId] of exact.value) if (verdicts.isRejectedLink(name, entityId)) ids.delete(name);
  }
  const rest = names.filter((name) => !ids.has(name) && name.length <= MAX_NAME_LENGTH);
  if (rest.length === 0) return { value: ids, side: exact.side };
  const resolver = await nameResolverOf(db);
  for (const name of rest) {
    const entityId = judgedLookup(name, resolver);
    if (entityId) ids.set(name, entityId);
  }
  return { value: ids, side: exact.side };
}
