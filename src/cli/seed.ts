/**
 * npm run seed [-- --reset [--reset-batch N]]: validate the seed and load it (idempotent). --reset empties the
 * database first; it asks for confirmation only on a terminal, never in CI or a pipe.
 * Uses NEO4J_URI, or the local dev Neo4j (started if needed, left running).
 */
import * as readline from 'node:readline/promises';
import { applyMigrations } from '../db/migrations';
import { countGraphElements } from '../store/countGraph';
import { seedGraph } from '../startup/seeding';
import { resetOptionsFromArgs } from './resetProgress';
import { connectCliDatabase } from './connectCliDatabase';
import { describeGraph, runCli } from './runCli';

async function confirmReset(target: string): Promise<boolean> {
  if (!process.stdin.isTTY || process.env.CI) return true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`Delete every node in ${target} before seeding? [y/N] `);
  rl.close();
  return /^y(es)?$/i.test(answer.trim());
}

async function main(): Promise<void> {
  const reset = process.argv.includes('--reset');
  const { db, target } = connectCliDatabase({ txTimeoutMs: 300_000 });
  try {
    if (reset && !(await confirmReset(target))) {
      console.log('Nothing changed.');
      return;
    }
    await applyMigrations(db);
    const began = performance.now();
    const loaded = await seedGraph(db, { reset: reset && resetOptionsFromArgs() });
    const counts = await countGraphElements(db);
    console.log(`Seed loaded in ${Math.round(performance.now() - began)} ms:`, loaded);
    console.log(describeGraph(counts));
  } finally {
    await db.close();
  }
}

runCli(main);
