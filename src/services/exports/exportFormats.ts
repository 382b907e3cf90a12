/**
 * The export formats by file name, each with its content type and writer: one place that the
 * HTTP routes and `npm run export` share.
 */
import type { GraphRunner } from '../../db/database';
import { writeDossier } from './dossier';
import { writeFactsCsv } from './factsCsv';
import { writeFtm } from './ftm';
import { writeGexf, writeGraphml } from './graphFiles';
import { writeJsonld } from './jsonld';
import { readExport, scopeIds, type ExportPage, type ExportProgress, type ExportScope } from './readExport';

export interface ExportFormat {
  contentType: string;
  write(pages: AsyncIterable<ExportPage>, scope: ExportScope): AsyncGenerator<string>;
}

export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  'facts.csv': { contentType: 'text/csv; charset=utf-8; header=present', write: writeFactsCsv },
  'graph.gexf': { contentType: 'application/gexf+xml; charset=utf-8', write: writeGexf },
  'graph.graphml': { contentType: 'application/graphml+xml; charset=utf-8', write: writeGraphml },
  'ftm.jsonl': { contentType: 'application/x-ndjson; charset=utf-8', write: writeFtm },
  'graph.jsonld': { contentType: 'application/ld+json; charset=utf-8', write: writeJsonld },
  dossier: { contentType: 'text/markdown; charset=utf-8', write: (pages, scope) => writeDossier(pages, scope.entity ?? '') },
};

/**
 * An export as text chunks, written as the graph is read. The scope is checked before the first
 * chunk (an unknown entity or a bad depth throws here, so an HTTP answer can still be an error).
 */
export async function startExport(
  db: GraphRunner,
  format: ExportFormat,
  scope: ExportScope,
  onProgress?: (progress: ExportProgress) => void,
): Promise<AsyncGenerator<string>> {
  const ids = await scopeIds(db, scope);
  return format.write(readExport(db, ids, onProgress), scope);
}
