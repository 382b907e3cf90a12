/**
 * The export formats by file name, each with its content type and writer: one place that the
 * HTTP routes and `npm run export` share.
 */
import type { GraphRunner } from '../../db/database';
import { countExportEntities } from '../../store/exportGraph';
import { writeDossier } from './dossier';
import { writeFactsCsv } from './factsCsv';
import { writeFtm } from './ftm';
import { writeGexf, writeGraphml } from './graphFiles';
import { writeJsonld } from './jsonld';
import { readExport, scopeIds, type ExportProgress, type ExportScope, type ReadPages } from './readExport';

export interface ExportFormat {
  contentType: string;
  /** How many times the writer reads the graph (calls `read`): for progress. */
  passes: number;
  write(read: ReadPages, scope: ExportScope): AsyncGenerator<string>;
}

export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  'facts.csv': { contentType: 'text/csv; charset=utf-8; header=present', passes: 1, write: writeFactsCsv },
  'graph.gexf': { contentType: 'application/gexf+xml; charset=utf-8', passes: 2, write: writeGexf },
  'graph.graphml': { contentType: 'application/graphml+xml; charset=utf-8', passes: 2, write: writeGraphml },
  'ftm.jsonl': { contentType: 'application/x-ndjson; charset=utf-8', passes: 1, write: writeFtm },
  'graph.jsonld': { contentType: 'application/ld+json; charset=utf-8', passes: 1, write: writeJsonld },
  dossier: { contentType: 'text/markdown; charset=utf-8', passes: 1, write: (read, scope) => writeDossier(read, scope.entity ?? '') },
};

/**
 * An export as text chunks, written as the graph is read. The scope is checked before the first
 * chunk (an unknown entity or a bad depth throws here, so an HTTP answer can still be an error).
 * `pageSize` is for tests that watch a page at a time.
 */
export async function startExport(
  db: GraphRunner,
  format: ExportFormat,
  scope: ExportScope,
  onProgress?: (progress: ExportProgress) => void,
  pageSize?: number,
): Promise<AsyncGenerator<string>> {
  const ids = await scopeIds(db, scope);
  const total = onProgress ? await countExportEntities(db, ids) : 0;
  let pass = 0;
  const read: ReadPages = (options = {}) => {
    pass += 1;
    const current = pass;
    const onPage = onProgress && ((entities: number) => onProgress({ pass: current, passes: format.passes, entities, total }));
    return readExport(db, ids, { ...options, pageSize, onPage });
  };
  return format.write(read, scope);
}
