/** The seed graph: read, validate, write; shared by `npm run seed` and the server's first start. */
import type { Database } from '../db/database';
import { loadBundle, type LoadCounts } from '../store/writes/loadBundle';
import { countGraphElements } from '../store/countGraph';
import { resetGraph, type ResetOptions } from '../store/writes/resetGraph';
import { readSeedDirectory } from './readSeedDirectory';
import { SEED_DIR } from '../paths';
import { validateBundle } from '../domain/bundle/validateBundle';

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
