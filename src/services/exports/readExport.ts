/**
 * The graph, or the subgraph around one entity, read for an export a page at a time
 * (store/exportGraph.ts): each page's entities with their outgoing facts, the names of the
 * entities those facts point at, and the documents their evidence quotes. Memory holds one page
 * and the ids of the documents seen so far in the pass (at most one per document in the graph,
 * 10,000 on the 100k synthetic graph), never the graph.
 */
import type { GraphRunner } from '../../db/database';
import { badInput, entityNotFound } from '../../errors';
import { findEntitiesByIds } from '../../store/entities';
import { findExportDocuments, findExportPage, type ExportDocument, type ExportEntity } from '../../store/exportGraph';
import { MAX_WATCH_DEPTH, findWatchedIds } from '../../store/watchedIds';

export interface ExportScope {
  /** An entity id: export it and what lies within `depth` facts of it; none: everything. */
  entity?: string | null;
  depth?: number | null;
}

export interface ExportPage {
  entities: ExportEntity[];
  /** Names of the entities this page's facts reach (its own entities included). */
  names: Map<string, string>;
  /** Documents cited on this page and on no earlier page of the same pass (each written once). */
  documents: ExportDocument[];
  /** Every document this page cites, by id, earlier pages' included (for a row per quote). */
  cited: Map<string, ExportDocument>;
}

/**
 * Reads the export's pages from the start. A writer that cannot put everything in one pass
 * (GEXF and GraphML want every node before the first edge) calls it again rather than keep
 * what it has read: each call is one pass over the graph.
 */
export type ReadPages = (options?: ReadOptions) => AsyncIterable<ExportPage>;

export interface ReadOptions {
  /**
   * False for a writer that needs only ids (GEXF, GraphML): the names of the entities facts reach
   * and the documents they cite are not looked up (`names` holds the page's own entities,
   * `documents` and `cited` are empty), two round trips a page fewer.
   */
  lookups?: boolean;
}

export interface ExportProgress {
  /** Which pass over the graph (1-based) of how many the format makes. */
  pass: number;
  passes: number;
  entities: number;
  total: number;
}

export const EXPORT_PAGE_SIZE = 200;

/** The ids an export is narrowed to, or null for the whole graph. Unknown entity: NOT_FOUND. */
export async function scopeIds(db: GraphRunner, scope: ExportScope): Promise<string[] | null> {
  if (!scope.entity) return null;
  const depth = scope.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_WATCH_DEPTH) {
    throw badInput(`\`depth\` must be between 0 and ${MAX_WATCH_DEPTH}; got ${depth}.`, 'depth');
  }
  const [found] = await findEntitiesByIds(db, [scope.entity]);
  if (!found) throw entityNotFound(scope.entity, 'entity');
  return [...(await findWatchedIds(db, [found.id], depth))];
}

/** One pass over the export's pages, in entity id order; `onPage` hears the entities read so far. */
export async function* readExport(
  db: GraphRunner,
  ids: readonly string[] | null,
  options: ReadOptions & { pageSize?: number; onPage?: (entitiesRead: number) => void } = {},
): AsyncGenerator<ExportPage> {
  const limit = options.pageSize ?? EXPORT_PAGE_SIZE;
  const seenDocuments = new Set<string>();
  let after = '';
  let done = 0;
  for (;;) {
    const entities = await findExportPage(db, { after, limit, ids });
    if (entities.length === 0) return;
    const names = new Map(entities.map((entity) => [entity.id, entity.name]));
    // Without lookups no fact needs a name or a document looked up.
    const facts = options.lookups === false ? [] : entities.flatMap((entity) => entity.facts);
    const missing = [...new Set(facts.map((fact) => fact.toId))].filter((id) => !names.has(id));
    for (const other of missing.length > 0 ? await findEntitiesByIds(db, missing) : []) names.set(other.id, other.name);
    const citedIds = [...new Set(facts.flatMap((fact) => fact.evidence.map((ev) => ev.documentId)))];
    const cited = new Map((citedIds.length > 0 ? await findExportDocuments(db, citedIds) : []).map((document) => [document.id, document]));
    const documents = [...cited.values()].filter((document) => !seenDocuments.has(document.id));
    documents.forEach((document) => seenDocuments.add(document.id));
    done += entities.length;
    options.onPage?.(done);
    yield { entities, names, documents, cited };
    after = entities.at(-1)!.id;
    if (entities.length < limit) return;
  }
}
