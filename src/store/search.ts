/**
 * Full-text search over names, aliases and descriptions (index `entity_search`, standard
 * analyzer with ASCII folding). User text never reaches Lucene's parser as syntax: it is split
 * into letter/digit terms, and only those terms are put into a query we build.
 */
import type { EntityType } from '../__generated__/graphql';
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { nameKey } from '../domain/nameKey';
import { emptyPage } from './page';
import type { Read, SearchPage } from './records';
import { entitiesWithIds } from './fragments';
import { toEntityRecord } from './toRecords';

/** Hits counted per search: enough for any UI, bounded however common a term is. */
export const SEARCH_HIT_CAP = 1000;
const MAX_TERMS = 16;

/**
 * Each term matches exactly (boosted), as a prefix, or within Lucene's default edit distance
 * (typos: "virkunen" finds "virkkunen"). Terms are alternatives (Lucene's OR): an entity that
 * matches more of them scores higher, and a stop word such as "and" cannot empty the result.
 * Short terms skip the fuzzy and prefix forms, which would match almost everything.
 */
export function luceneQueryFor(text: string): string | undefined {
  const terms = nameKey(text).split(' ').filter(Boolean).slice(0, MAX_TERMS);
  if (terms.length === 0) return undefined;
  return terms
    .map((term) => {
      const forms = [`${term}^4`];
      if (term.length >= 2) forms.push(`${term}*^2`);
      if (term.length >= 4) forms.push(`${term}~`);
      return `(${forms.join(' OR ')})`;
    })
    .join(' OR ');
}

// One statement for several searches (every aliased `search` of a request), each its own index
// query: `s.index` says which request a row answers. The entities the name resolver found for the
// whole text (`s.named`, best first) rank above every full-text hit: each scores the best
// full-text score plus its rank's distance from the end, so scores still fall down the list.
const searchEntitiesQuery: NamedQuery = {
  name: 'searchEntities',
  cypher: `
    UNWIND $searches AS s
    CALL (s) {
      CALL db.index.fulltext.queryNodes('entity_search', s.lucene, {limit: $cap}) YIELD node, score
      WHERE s.types IS NULL OR node.type IN s.types
      RETURN collect({id: node.id, score: score}) AS found
    }
    CALL (s) {
      UNWIND range(0, size(s.named) - 1) AS rank
      MATCH (e:Entity {id: s.named[rank]})
      WHERE s.types IS NULL OR e.type IN s.types
      WITH rank, e ORDER BY rank
      RETURN collect(e.id) AS named
    }
    WITH s, named, coalesce(found[0].score, 0.0) AS top,
         [hit IN found WHERE NOT hit.id IN named] AS rest
    WITH s, [rank IN range(0, size(named) - 1) | {id: named[rank], score: top + size(named) - rank}] + rest AS hits
    WITH s, size(hits) AS total, hits[s.offset..(s.offset + s.first)] AS page
    RETURN s.index AS index, total, page, ${entitiesWithIds('[hit IN page | hit.id]')} AS entities`,
};

export interface SearchRequest {
  text: string;
  types: EntityType[] | null;
  offset: number;
  first: number;
}

/** A search with the entities the name resolver found for its whole text, best first. */
export interface ResolvedSearch extends SearchRequest {
  named: string[];
}

/** The page of each search, in the order asked, in one round trip; the entities hit come as side records. */
export async function searchEntities(db: GraphRunner, requests: readonly ResolvedSearch[]): Promise<Read<SearchPage[]>> {
  const pages: SearchPage[] = requests.map((request) => emptyPage(request.offset));
  const searches = requests.flatMap(({ text, types, offset, first, named }, index) => {
    const lucene = luceneQueryFor(text);
    return lucene === undefined ? [] : [{ index, lucene, types, offset, first, named }];
  });
  if (searches.length === 0) return { value: pages, side: {} };
  const rows = await db.read<{
    index: number;
    total: number;
    page: Array<{ id: string; score: number }>;
    entities: Array<Record<string, unknown>>;
  }>(searchEntitiesQuery, { searches, cap: SEARCH_HIT_CAP });
  const entities = [];
  for (const row of rows) {
    pages[row.index] = {
      totalCount: row.total,
      offset: requests[row.index]!.offset,
      items: row.page.map((hit) => ({ entityId: hit.id, score: hit.score })),
    };
    entities.push(...row.entities.map(toEntityRecord));
  }
  return { value: pages, side: { entities } };
}
