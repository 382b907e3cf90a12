/**
 * entity(name:): the entity a name means. The name's key is looked up in Neo4j first (canonical
 * names and general aliases, exactly as before), then the name engine's lookup (domain/names
 * lookupName) finds variants: titles and surnames ("Minister Kiuchi"), acronyms ("DFFT"), other
 * names of a country ("Republic of Korea"), typos and transliterations. Only an unambiguous best
 * match counts: a name two entities fit equally well is no entity, not a guess.
 */
import type { GraphRunner } from '../db/database';
import { lookupName } from '../domain/names';
import type { Read } from '../store/records';
import { findEntityIdByName } from '../store/entities';
import { nameResolverOf } from './lib/nameIndexCache';

/** Longer "names" are texts, not names (a bundle's names are at most 300 characters). */
const MAX_NAME_LENGTH = 300;

export async function findEntityByName(db: GraphRunner, name: string): Promise<Read<string | undefined>> {
  const exact = await findEntityIdByName(db, name);
  if (exact.value !== undefined || name.length > MAX_NAME_LENGTH) return exact;
  const { index, verdicts } = await nameResolverOf(db);
  const link = lookupName(name, index);
  // An editor ruled that this name is not that entity (rejectCandidate, rejectMention).
  if (link && verdicts.isRejectedLink(name, link.entityId)) return { value: undefined, side: {} };
  return { value: link?.entityId, side: {} };
}
