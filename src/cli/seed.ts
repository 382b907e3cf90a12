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
import { parseFlags, resetDecision } from './parseFlags';
import { connectCliDatabase } from './connectCliDatabase';
import { describeGraph, runCli } from './runCli';

const USAGE = 'Usage: npm run seed [-- --reset [--yes] [--reset-batch N]]';

async function confirmReset(target: string, yes: boolean): Promise<boolean> {
  const decision = resetDecision({ yes, isTTY: Boolean(process.stdin.isTTY) });
  if (decision === 'go') return true;
  if (decision === 'refuse') throw new Error(`Refusing to empty ${target} without a terminal to confirm: add --yes.`);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`Delete every node in ${target} before seeding? [y/N] `);
  rl.close();
  return /^y(es)?$/i.test(answer.trim());
}

async function main(): Promise<void> {
  const { flags } = parseFlags(process.argv.slice(2), { '--reset': false, '--yes': false, '--reset-batch': true }, USAGE);
  const reset = flags.has('--reset');
  const { db, target } = connectCliDatabase({ txTimeoutMs: 300_000 });
  try {
    if (reset && !(await confirmReset(target, flags.has('--yes')))) {
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
