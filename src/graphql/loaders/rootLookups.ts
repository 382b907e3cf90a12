/**
 * Root fields that a request may repeat under aliases (`a: entity(name: "EU") b: entity(name:
 * "G7")`, several `search`es, `entity(id:)` of merged-away ids): each kind is one batched store
 * read, so fifteen aliased lookups cost the round trips of one. The records read besides the
 * answers (the entities found) go to the request's entity loader.
 */
import DataLoader from 'dataloader';
import type { GraphRunner } from '../../db/database';
import { findEntitiesByNames } from '../../services/findEntityByName';
import type { SearchPage } from '../../store/records';
import { resolveRedirects } from '../../store/redirects';
import { searchByName } from '../../services/searchEntities';
import type { SearchRequest } from '../../store/search';
import { prime, type PrimeTargets } from './prime';

/** The entity id a name means (services/findEntityByName), or null. */
export function entityIdByNameLoader(db: GraphRunner, targets: PrimeTargets): DataLoader<string, string | null> {
  return new DataLoader(async (names) => {
    const read = await findEntitiesByNames(db, names);
    prime(targets, read.side);
    return names.map((name) => read.value.get(name) ?? null);
  });
}

/** The live entity a merged-away id now points at, or null (not a redirect). */
export function redirectLoader(db: GraphRunner): DataLoader<string, string | null> {
  return new DataLoader(async (ids) => {
    const targets = await resolveRedirects(db, ids);
    return ids.map((id) => targets.get(id) ?? null);
  });
}

/** A page of search hits: resolved names first, then full-text hits (services/searchEntities.ts). */
export function searchLoader(db: GraphRunner, targets: PrimeTargets): DataLoader<SearchRequest, SearchPage, string> {
  return new DataLoader(
    async (requests) => {
      const read = await searchByName(db, requests);
      prime(targets, read.side);
      return read.value;
    },
    { cacheKeyFn: (request) => JSON.stringify([request.text, request.types, request.offset, request.first]) },
  );
}
