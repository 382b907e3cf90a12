/**
 * npm run ingest -- path/to/bundle.(yaml|json): validates the whole bundle against the graph and
 * writes it in one transaction, or writes nothing and lists every problem (exit 1). The audit
 * log records the editor as "cli:<INGEST_EDITOR or the OS user>". Uses NEO4J_URI, or the local
 * dev Neo4j (started if needed, left running).
 */
import { writerNamed } from '../services/lib/writer';
import * as os from 'node:os';
import { applyMigrations } from '../db/migrations';
import { readBundleFile } from './readBundleFile';
import { ingestBundle } from '../services/ingestBundle';
import { connectCliDatabase } from './connectCliDatabase';
import { runCli } from './runCli';
import { parseFlags, UsageError } from './parseFlags';

async function main(): Promise<void> {
  const usage = 'Usage: npm run ingest -- path/to/bundle.yaml';
  const { positional } = parseFlags(process.argv.slice(2), {}, usage);
  const file = positional[0];
  if (!file || positional.length > 1) throw new UsageError(usage);
  const raw = readBundleFile(file);
  const { db } = connectCliDatabase({ txTimeoutMs: 300_000 });
  try {
    await applyMigrations(db);
    const editor = `cli:${process.env.INGEST_EDITOR ?? os.userInfo().username}`;
    const counts = await ingestBundle(db, writerNamed(editor), raw, file);
    console.log(`Ingested ${file}:`, counts);
  } finally {
    await db.close();
  }
}

runCli(main);
