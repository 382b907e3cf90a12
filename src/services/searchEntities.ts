/**
 * Query.search: the name resolver first, then full-text search. The whole query is looked up
 * as a name by the same resolver as ingestion and entity(name:) (domain/names lookupNameMatches),
 * so a variant that links in an article ("Virkunen", "Minister Kiuchi", "DFFT", "Republic of
 * Korea") ranks its entity first; a name several entities fit alike ranks them all, best first.
 * Full-text hits (store/search.ts: words of names, aliases and descriptions) follow. A link an
 * editor rejected for this name (rejectCandidate, rejectMention) is not offered by the resolver;
 * one an editor confirmed for it (confirmMention, linkCandidate) ranks first among alike fits.
 */
import type { GraphRunner } from '../db/database';
import type { Read, SearchPage } from '../store/records';
import { searchEntities, type SearchRequest } from '../store/search';
import { MAX_NAME_LENGTH } from './findEntityByName';
import { judgedMatches } from './lib/judgedNames';
import { nameResolverOf } from './lib/nameIndexCache';

export async function searchByName(db: GraphRunner, requests: readonly SearchRequest[]): Promise<Read<SearchPage[]>> {
  const resolver = await nameResolverOf(db);
  const resolved = requests.map((request) => ({
    ...request,
    named: request.text.length > MAX_NAME_LENGTH ? [] : judgedMatches(request.text, resolver).map((match) => match.entityId),
  }));
  return searchEntities(db, resolved);
}
