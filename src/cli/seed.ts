/**
 * npm run seed [-- --reset]: validate the seed and load it (idempotent). --reset empties the
 * database first; it asks for confirmation only on a terminal, never in CI or a pipe.
 * Uses NEO4J_URI, or the local dev Neo4j (started if needed, left running).
 */
import * as readline from 'node:readline/promises';
import { boltUri, instanceFor, startLocalNeo4j } from '../../neo4j/localNeo4j';
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { applyMigrations } from '../db/migrations';
import { countGraphElements } from '../graph/loadBundle';
import { InvalidBundleError } from '../model/resolvedBundle';
import { seedGraph } from '../seeding';

async function confirmReset(target: string): Promise<boolean> {
  if (!process.stdin.isTTY || process.env.CI) return true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`Delete every node in ${target} before seeding? [y/N] `);
  rl.close();
  return /^y(es)?$/i.test(answer.trim());
}

async function main(): Promise<void> {
  const reset = process.argv.includes('--reset');
  const config = loadConfig();
  let { uri, user, password } = config.neo4j;
  if (uri === undefined) {
    const local = instanceFor('dev');
    await startLocalNeo4j(local);
    ({ user, password } = local);
    uri = boltUri(local);
  }
  if (reset && !(await confirmReset(`${uri} (database ${config.neo4j.database})`))) {
    console.log('Nothing changed.');
    return;
  }
  const db = Database.connect({ ...config.neo4j, uri, user, password: password ?? '', txTimeoutMs: 300_000 });
  try {
    await applyMigrations(db);
    const began = performance.now();
    const loaded = await seedGraph(db, { reset });
    const counts = await countGraphElements(db);
    console.log(`Seed loaded in ${Math.round(performance.now() - began)} ms:`, loaded);
    console.log(`Graph now holds ${counts.nodes} nodes, ${counts.relationships} relationships (${counts.entities} entities).`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidBundleError || error instanceof Error ? error.message : error);
  process.exit(1);
});
