/**
 * npm run seed:synthetic -- --entities N [--seed S] [--batch B] [--reset [--reset-batch R]]
 * Generates the deterministic synthetic graph (bench/synthetic/), checks it, and loads it through
 * the seed loader's MERGE statements in batched transactions, printing the rate and the counts.
 * Uses NEO4J_URI, or the local bench Neo4j (bolt 7689; started if needed, left running). It
 * refuses a non-empty database unless --reset, which empties it first.
 */
import { applyMigrations } from '../../src/db/migrations';
import { loadBundleInBatches } from '../../src/store/writes/loadBundle';
import { countGraphElements } from '../../src/store/countGraph';
import { resetGraph } from '../../src/store/writes/resetGraph';
import { checkSyntheticBundle } from './checkBundle';
import { generateSyntheticBundle } from './generate';
import { connectCliDatabase } from '../../src/cli/connectCliDatabase';
import { resetOptionsFromArgs } from '../../src/cli/resetProgress';
import { describeGraph, runCli } from '../../src/cli/runCli';
import { numberFlag, parseFlags, UsageError } from '../../src/cli/parseFlags';

const USAGE = 'Usage: npm run seed:synthetic -- --entities N [--seed S] [--batch B] [--reset [--reset-batch R]]';
const KNOWN = { '--entities': true, '--seed': true, '--batch': true, '--reset': false, '--reset-batch': true };
const positiveInteger = (value: number) => Number.isSafeInteger(value) && value > 0;

const seconds = (since: number) => (performance.now() - since) / 1000;

async function main(): Promise<void> {
  const { flags, positional } = parseFlags(process.argv.slice(2), KNOWN, USAGE);
  if (positional.length > 0 || !flags.has('--entities')) throw new UsageError(USAGE);
  const entities = numberFlag(flags, '--entities', 0, USAGE, positiveInteger);
  const seed = numberFlag(flags, '--seed', 1, USAGE, positiveInteger);
  const batchSize = numberFlag(flags, '--batch', 2000, USAGE, positiveInteger);
  const reset = flags.has('--reset');

  let began = performance.now();
  const bundle = generateSyntheticBundle({ entities, seed });
  checkSyntheticBundle(bundle);
  console.log(
    `Generated in ${seconds(began).toFixed(1)} s (seed ${seed}): ${bundle.entities.length} entities, ${bundle.facts.length} facts, ` +
      `${bundle.evidence.length} evidence, ${bundle.mentions.length} mentions, ${bundle.documents.length} documents.`,
  );

  const { db, target } = connectCliDatabase({ txTimeoutMs: 600_000 });
  try {
    await applyMigrations(db);
    const before = await countGraphElements(db);
    if (before.entities > 0) {
      if (!reset) throw new Error(`${target} already holds ${before.entities} entities: add --reset to empty it first.`);
      const resetBegan = performance.now();
      const deleted = await resetGraph(db, resetOptionsFromArgs());
      console.log(`Emptied in ${seconds(resetBegan).toFixed(1)} s: ${deleted.relationships} relationships, ${deleted.nodes} nodes.`);
    }
    began = performance.now();
    let stepBegan = began;
    await loadBundleInBatches(db, bundle, {
      batchSize,
      onBatch: ({ step, written, total }) => {
        if (written < total) return;
        console.log(
          `  ${step.padEnd(16)} ${String(total).padStart(9)} rows in ${seconds(stepBegan).toFixed(1)} s (${Math.round(total / seconds(stepBegan))}/s)`,
        );
        stepBegan = performance.now();
      },
    });
    const elapsed = seconds(began);
    const counts = await countGraphElements(db);
    console.log(
      `Loaded ${bundle.facts.length} facts with evidence in ${elapsed.toFixed(1)} s: ${Math.round(bundle.facts.length / elapsed)} facts/s.`,
    );
    console.log(describeGraph(counts));
  } finally {
    await db.close();
  }
}

runCli(main);
