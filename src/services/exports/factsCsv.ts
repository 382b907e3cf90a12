/**
 * facts.csv: one row per piece of evidence of a live fact (RFC 4180: comma-separated, CRLF,
 * fields quoted when they hold a comma, quote or line break), so a spreadsheet shows every fact
 * next to the sentence and the source that state it. A fact's own columns repeat on each of its rows.
 * Each page brings the documents it cites, so nothing is kept from one page to the next.
 */
import type { ReadPages } from './readExport';

export const FACTS_CSV_COLUMNS = [
  'fact_id',
  'type',
  'from_id',
  'from_name',
  'to_id',
  'to_name',
  'status',
  'date',
  'role',
  'evidence_status',
  'quote',
  'document_id',
  'document_title',
  'publisher',
  'published_at',
  'url',
] as const;

function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (fields: ReadonlyArray<string | number | null | undefined>) => `${fields.map(csvField).join(',')}\r\n`;

export async function* writeFactsCsv(read: ReadPages): AsyncGenerator<string> {
  yield csvRow(FACTS_CSV_COLUMNS);
  for await (const page of read()) {
    let chunk = '';
    for (const entity of page.entities) {
      for (const fact of entity.facts) {
        for (const ev of fact.evidence) {
          const document = page.cited.get(ev.documentId);
          chunk += csvRow([
            fact.id,
            fact.type,
            fact.fromId,
            entity.name,
            fact.toId,
            page.names.get(fact.toId),
            fact.status,
            fact.date,
            fact.role,
            ev.status,
            ev.quote,
            ev.documentId,
            document?.title,
            document?.publisher,
            document?.publishedAt,
            document?.url,
          ]);
        }
      }
    }
    if (chunk) yield chunk;
  }
}
