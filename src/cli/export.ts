/**
 * npm run export -- <facts.csv|graph.gexf|graph.graphml|ftm.jsonl|graph.jsonld|dossier>
 *   [--entity ID] [--depth N] [--out PATH]
 * Writes an export (docs/exports.md) to a file as the graph is read, showing progress (entities
 * read so far) on stderr. `dossier` needs --entity. The file is named after the export unless
 * --out says otherwise; `--out -` writes to stdout. Uses NEO4J_URI, or the local dev Neo4j.
 */
import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXPORT_FORMATS, startExport } from '../services/exports/exportFormats';
import { connectCliDatabase } from './connectCliDatabase';
import { numberFlag, parseFlags, UsageError } from './parseFlags';
import { runCli } from './runCli';

const USAGE = `Usage: npm run export -- <${Object.keys(EXPORT_FORMATS).join('|')}> [--entity ID] [--depth N] [--out PATH]`;

async function main(): Promise<void> {
  const { flags, positional } = parseFlags(process.argv.slice(2), { '--entity': true, '--depth': true, '--out': true }, USAGE);
  const name = positional[0];
  const format = name === undefined ? undefined : EXPORT_FORMATS[name];
  if (!format || positional.length > 1) throw new UsageError(USAGE);
  const entity = flags.get('--entity') as string | undefined;
  if (name === 'dossier' && !entity) throw new UsageError(`A dossier needs --entity.\n${USAGE}`);
  const depth = flags.has('--depth') ? numberFlag(flags, '--depth', 1, USAGE, (value) => Number.isInteger(value) && value >= 0) : null;
  const out = (flags.get('--out') as string | undefined) ?? (name === 'dossier' ? `dossier-${entity}.md` : name!);
  const { db, target } = connectCliDatabase({ txTimeoutMs: 300_000 });
  try {
    const began = performance.now();
    let bytes = 0;
    const chunks = await startExport(db, format, { entity, depth }, ({ pass, passes, entities, total }) => {
      const of = passes > 1 ? ` (pass ${pass} of ${passes}: ${pass === 1 ? 'nodes' : 'edges'})` : '';
      process.stderr.write(`\r${name}${of}: ${entities} of ${total} entities read`);
    });
    const counted = Readable.from(chunks).map((chunk: string) => {
      bytes += Buffer.byteLength(chunk);
      return chunk;
    });
    const sink: Writable = out === '-' ? process.stdout : createWriteStream(out);
    await pipeline(counted, sink);
    process.stderr.write(`\n${name} from ${target}: ${bytes} bytes to ${out} in ${Math.round(performance.now() - began)} ms\n`);
  } finally {
    await db.close();
  }
}

runCli(main);
