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

function option(name: string, fallback?: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (value === undefined || !Number.isInteger(value) || value <= 0) {
    throw new Error(
      `Usage: npm run seed:synthetic -- --entities N [--seed S] [--batch B] [--reset [--reset-batch R]] (--${name} must be a positive integer)`,
    );
  }
  return value;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

async function main(): Promise<void> {
  const entities = option('entities');
  const seed = option('seed', 1);
  const batchSize = option('batch', 2000);

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
      if (!process.argv.includes('--reset'))
        throw new Error(`${target} already holds ${before.entities} entities: add --reset to empty it first.`);
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
