/**
 * Every entity as the name engine reads it (domain/names NameEntity): id, type, name, aliases with
 * their scope (document-bound ones with their document), the event date, whether it is an unnamed
 * post-holder, and the ids of the entities its live facts connect it to. One statement, one round
 * trip, whatever the graph's size; the service layer caches the index built from it.
 */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { decodeDocumentAliases } from '../domain/bundle/documentAliases';
import type { NameAlias, NameEntity } from '../domain/names';
import { IS_LIVE_FACT } from './fragments';

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

export async function loadNameEntities(db: GraphRunner): Promise<NameEntity[]> {
  const rows = await db.read<NameEntityRow>(loadNameEntitiesQuery);
  shareRelatedIds(rows);
  return rows.map(toNameEntity);
}
