/**
 * The graph, or the subgraph around one entity, read for an export a page at a time
 * (store/exportGraph.ts): each page's entities with their outgoing facts, the names of the
 * entities those facts point at, and the documents their evidence quotes (each document once,
 * on the first page that cites it). Memory holds one page and the ids of documents seen.
 */
import type { GraphRunner } from '../../db/database';
import { badInput, entityNotFound } from '../../errors';
import { findEntitiesByIds } from '../../store/entities';
import { countExportEntities, findExportDocuments, findExportPage, type ExportDocument, type ExportEntity } from '../../store/exportGraph';
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
  /** Documents cited on this page and on no page before. */
  documents: ExportDocument[];
}

export interface ExportProgress {
  entities: number;
  total: number;
}

const PAGE = 200;

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

export async function* readExport(
  db: GraphRunner,
  ids: readonly string[] | null,
  onProgress?: (progress: ExportProgress) => void,
): AsyncGenerator<ExportPage> {
  const total = onProgress ? await countExportEntities(db, ids) : 0;
  const seenDocuments = new Set<string>();
  let after = '';
  let done = 0;
  for (;;) {
    const entities = await findExportPage(db, { after, limit: PAGE, ids });
    if (entities.length === 0) return;
    const names = new Map(entities.map((entity) => [entity.id, entity.name]));
    const facts = entities.flatMap((entity) => entity.facts);
    const missing = [...new Set(facts.map((fact) => fact.toId))].filter((id) => !names.has(id));
    for (const other of missing.length > 0 ? await findEntitiesByIds(db, missing) : []) names.set(other.id, other.name);
    const cited = [...new Set(facts.flatMap((fact) => fact.evidence.map((ev) => ev.documentId)))].filter((id) => !seenDocuments.has(id));
    cited.forEach((id) => seenDocuments.add(id));
    const documents = cited.length > 0 ? await findExportDocuments(db, cited) : [];
    done += entities.length;
    onProgress?.({ entities: done, total });
    yield { entities, names, documents };
    after = entities.at(-1)!.id;
    if (entities.length < PAGE) return;
  }
}
