/** The seed graph: read, validate, write; shared by `npm run seed` and the server's first start. */
import type { Database } from './db/database';
import { countGraphElements, loadBundle, type LoadCounts } from './graph/loadBundle';
import { resetGraph, type ResetOptions } from './graph/resetGraph';
import { readSeedDirectory } from './ingest/readSeedDirectory';
import { SEED_DIR } from './paths';
import { validateBundle } from './ingest/validateBundle';

/** Validates the whole seed first (throws InvalidBundleError, writing nothing), then loads it. */
export async function seedGraph(db: Database, options: { reset?: boolean | ResetOptions; dir?: string } = {}): Promise<LoadCounts> {
  const bundle = validateBundle(readSeedDirectory(options.dir ?? SEED_DIR));
  if (options.reset) await resetGraph(db, options.reset === true ? {} : options.reset);
  return loadBundle(db, bundle);
}

/** Loads the seed only into an empty graph, so a restart never rewrites curated edits. */
export async function seedIfEmpty(db: Database): Promise<LoadCounts | undefined> {
  const counts = await countGraphElements(db);
  return counts.entities === 0 ? seedGraph(db) : undefined;
}
