/**
 * Every entity as the name engine reads it (domain/names NameEntity): id, type, name, aliases with
 * their scope (document-bound ones with their document), the event date, whether it is an unnamed
 * post-holder, and the ids of the entities its live facts connect it to. `loadNameIndex` streams
 * them into the index in pages (node order, as one statement returns them), so the build never
 * holds a whole result: on the 100k-entity graph one result was 100,000 records with 1.9 million
 * related ids decoded as strings. The service layer caches the index built from it.
 */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { decodeDocumentAliases } from '../domain/bundle/documentAliases';
import { NameIndexBuilder, type NameIndex } from '../domain/names/nameIndex';
import type { NameAlias, NameEntity } from '../domain/names';
import { IS_LIVE_FACT } from './fragments';

const ROW = `e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
           coalesce(e.documentAliases, []) AS documentAliases, e.date AS date, e.unresolved = true AS unresolved`;

/*
 * Pages in node order: a label scan returns the entities in that order, so the pages, one after
 * the other, are what one MATCH (e:Entity) returns, and the index (whose order breaks ties
 * between equal matches) is the same. Neo4j answers the ORDER BY from the scan itself (no sort).
 * id() is deprecated in Neo4j 5 but the only key in that order; elementId() strings do not sort so.
 */
const entityIdsPage: NamedQuery = {
  name: 'nameIndexEntityIds',
  cypher: `
    MATCH (e:Entity) WHERE id(e) > $after
    WITH e ORDER BY id(e) LIMIT $limit
    RETURN id(e) AS node, e.id AS id`,
};

const partyEntities: NamedQuery = {
  name: 'nameIndexParties',
  cypher: `
    MATCH (e:Entity) WHERE e.type IN ['COUNTRY', 'BLOC']
    WITH e ORDER BY id(e)
    RETURN ${ROW}, [] AS related`,
};

const entitiesPage: NamedQuery = {
  name: 'nameIndexEntities',
  cypher: `
    MATCH (e:Entity) WHERE id(e) > $after
    WITH e ORDER BY id(e) LIMIT $limit
    RETURN id(e) AS node, ${ROW},
           COLLECT { MATCH (e)-[r]-(o:Entity) WHERE ${IS_LIVE_FACT} RETURN DISTINCT o.id } AS related`,
};

/** Entities per page: a page of the 100k graph holds ~40,000 related ids. */
export const NAME_PAGE_SIZE = 2_000;
const ID_PAGE_SIZE = 20_000;

const loadNameEntitiesQuery: NamedQuery = {
  name: 'loadNameEntities',
  cypher: `
    MATCH (e:Entity)
    RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
           coalesce(e.documentAliases, []) AS documentAliases, e.date AS date, e.unresolved = true AS unresolved,
           COLLECT { MATCH (e)-[r]-(o:Entity) WHERE ${IS_LIVE_FACT} RETURN DISTINCT o.id } AS related`,
};

interface NameEntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  documentAliases: string[];
  date: string | null;
  unresolved: boolean;
  related: string[];
}

/** A form bound to a document is that document's alias only, never a general one as well. */
export function toNameEntity(row: NameEntityRow): NameEntity {
  const bound = decodeDocumentAliases(row.documentAliases);
  const boundTexts = new Set(bound.map((alias) => alias.text));
  const aliases: NameAlias[] = [
    ...row.aliases.filter((text) => !boundTexts.has(text)).map((text): NameAlias => ({ text, scope: 'general' })),
    ...bound.map((alias): NameAlias => ({ text: alias.text, scope: 'document', document: alias.document })),
  ];
  return { id: row.id, type: row.type, name: row.name, aliases, date: row.date, related: row.related, unresolved: row.unresolved };
}

/**
 * The driver decodes every occurrence of an id as a string of its own: on the 100k-entity graph
 * the related lists hold two million of them. Each is swapped for the entity's own id string, so
 * the index keeps one copy per entity and the rest is garbage as soon as the rows are.
 */
function shareRelatedIds(rows: NameEntityRow[]): void {
  const ids = new Map(rows.map((row) => [row.id, row.id]));
  for (const row of rows) row.related = row.related.map((id) => ids.get(id) ?? id);
}

/**
 * The name index of the graph, read in pages: the ids first (so related ids are numbered in index
 * order), the countries and blocs (every name is shaped with them), then the entities page by
 * page, each added to the index and let go. Between pages the process serves other requests.
 * Pages are separate reads, not one snapshot: a write in between is caught by the version the
 * cache read before (nameIndexCache.ts), which rebuilds.
 */
export async function loadNameIndex(db: GraphRunner, pageSize = NAME_PAGE_SIZE): Promise<NameIndex> {
  const parties = await db.read<NameEntityRow>(partyEntities);
  const builder = new NameIndexBuilder(parties.map(toNameEntity));
  for (let after = -1; ;) {
    const page = await db.read<{ node: number; id: string }>(entityIdsPage, { after, limit: ID_PAGE_SIZE });
    builder.expect(page.map((row) => row.id));
    if (page.length < ID_PAGE_SIZE) break;
    after = page[page.length - 1]!.node;
  }
  for (let after = -1; ;) {
    const page = await db.read<NameEntityRow & { node: number }>(entitiesPage, { after, limit: pageSize });
    for (const row of page) builder.add(toNameEntity(row));
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.node;
  }
  return builder.finish();
}

export async function loadNameEntities(db: GraphRunner): Promise<NameEntity[]> {
  const rows = await db.read<NameEntityRow>(loadNameEntitiesQuery);
  shareRelatedIds(rows);
  return rows.map(toNameEntity);
}
