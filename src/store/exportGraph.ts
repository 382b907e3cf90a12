/**
 * The graph read for exports, a page of entities at a time in id order (keyset paging, so each
 * page is an index range however far the export has gone), each with its outgoing live facts and
 * their evidence: every fact is read once, from its start entity. `ids` narrows the export to a
 * subgraph (a fact is kept when both its ends are in it). Documents are read apart, by the ids
 * the evidence names.
 */
import type { EntityType } from '../__generated__/graphql';
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import type { ResolvedEvidence, ResolvedFact } from '../domain/bundle/resolvedBundle';
import { IS_LIVE_FACT } from './fragments';

export interface ExportEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  facts: ExportFact[];
}

/** A live fact as the bundle model has it (domain/bundle/resolvedBundle.ts), with its evidence. */
export interface ExportFact extends Pick<ResolvedFact, 'id' | 'type' | 'fromId' | 'toId' | 'status' | 'date' | 'role'> {
  evidence: ExportEvidence[];
}

export type ExportEvidence = Omit<ResolvedEvidence, 'factId'>;

export interface ExportDocument {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
}

const findExportPageQuery: NamedQuery = {
  name: 'findExportPage',
  cypher: `
    MATCH (e:Entity) WHERE e.id > $after AND ($ids IS NULL OR e.id IN $ids)
    WITH e ORDER BY e.id LIMIT $limit
    RETURN e {
      .id, .type, .name, .description, aliases: coalesce(e.aliases, []),
      facts: COLLECT {
        MATCH (e)-[r]->(b:Entity)
        WHERE ${IS_LIVE_FACT} AND ($ids IS NULL OR b.id IN $ids)
        WITH r, b ORDER BY r.id
        RETURN r { .id, .status, .date, .role, type: type(r), fromId: e.id, toId: b.id,
          evidence: COLLECT {
            MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
            WITH ev, d ORDER BY d.id, ev.start
            RETURN ev { .id, .quote, .start, .end, .status, documentId: d.id }
          } }
      }
    } AS entity`,
};

const findExportDocumentsQuery: NamedQuery = {
  name: 'findExportDocuments',
  cypher: `
    MATCH (d:Document) WHERE d.id IN $ids
    RETURN d { .id, .title, .publisher, .author, .publishedAt, .url } AS document
    ORDER BY d.id`,
};

const countExportQuery: NamedQuery = {
  name: 'countExport',
  cypher: `
    MATCH (e:Entity) WHERE $ids IS NULL OR e.id IN $ids
    RETURN count(e) AS entities`,
};

/** Up to `limit` entities with ids above `after` (in `ids`, when given), with their facts. */
export async function findExportPage(
  db: GraphRunner,
  window: { after: string; limit: number; ids: readonly string[] | null },
): Promise<ExportEntity[]> {
  const rows = await db.read<{ entity: ExportEntity }>(findExportPageQuery, { ...window, ids: window.ids && [...window.ids] });
  return rows.map((row) => row.entity);
}

export async function findExportDocuments(db: GraphRunner, ids: readonly string[]): Promise<ExportDocument[]> {
  const rows = await db.read<{ document: ExportDocument }>(findExportDocumentsQuery, { ids: [...ids] });
  return rows.map((row) => row.document);
}

/** How many entities an export will hold (for progress). */
export async function countExportEntities(db: GraphRunner, ids: readonly string[] | null): Promise<number> {
  const [row] = await db.read<{ entities: number }>(countExportQuery, { ids: ids && [...ids] });
  return row?.entities ?? 0;
}
