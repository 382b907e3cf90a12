/**
 * `npm run eval [-- --split dev|heldout] [-- --quiet]`: name resolution against the gold of
 * eval/, per document and micro-averaged, dev and heldout apart, then the misses and wrong links;
 * then fact proposals (factReport.ts) for the same splits and the two seed articles; then conflicts
 * over the seed and all eval articles (conflictEval.ts); then Query.ask
 * on eval/questions.yaml over the seed files (bench/ask-eval, no database; the integration test
 * askEval.test.ts asks the same through the API).
 */
import { parseFlags, UsageError } from '../../src/cli/parseFlags';
import { runAskEval } from '../ask-eval/runAskEval';
import { reportLines } from '../ask-eval/score';
import { reportConflicts } from './conflictEval';
import { reportFacts } from './factReport';
import { runEval, type SplitResult } from './runEval';
import { ratesOf, type Counts } from './score';

const pct = (value: number) => `${(value * 100).toFixed(1).padStart(5)}%`;

function row(label: string, counts: Counts): string {
  const rates = ratesOf(counts);
  return [
    label.padEnd(42),
    `spans P ${pct(rates.spanPrecision)} R ${pct(rates.spanRecall)} (${counts.spanTp}/${counts.spanTp + counts.spanFn})`,
    `entities P ${pct(rates.entityPrecision)} R ${pct(rates.entityRecall)}`,
    `new R ${pct(rates.newRecall)} P ${pct(rates.newPrecision)} type ${pct(rates.newTypeAccuracy)} (${counts.newTyped}/${counts.newGold} right type)`,
    `guessed ${counts.guessed}/${counts.ambiguousGold}`,
  ].join('  ');
}

function report(split: string, result: SplitResult, quiet: boolean): void {
  console.log(`\n== ${split}`);
  for (const document of result.documents) console.log(row(document.id, document.score.counts));
  console.log(row(`OVERALL ${split} (micro)`, result.total));
  if (quiet) return;
  for (const document of result.documents) {
    const { misses, wrong, mistyped, newMisses, extra } = document.score;
    if (misses.length + wrong.length + mistyped.length + newMisses.length + extra.length === 0) continue;
    console.log(`\n-- ${document.id}`);
    for (const line of misses) console.log(`  miss   ${line}`);
    for (const line of wrong) console.log(`  wrong  ${line}`);
    for (const line of mistyped) console.log(`  type   ${line}`);
    for (const line of newMisses) console.log(`  unseen ${line}`);
    for (const line of extra) console.log(`  extra  ${line}`);
  }
}

const USAGE = 'Usage: npm run eval [-- --split dev|heldout] [--quiet]';
const SPLITS = ['dev', 'heldout'] as const;

/** The ask score, then the questions not answered right of the split asked for (dev by default); --quiet: the table only. */
async function reportAsk(only: 'dev' | 'heldout' | undefined, quiet: boolean): Promise<void> {
  const lines = reportLines(await runAskEval(), quiet ? [] : [only ?? 'dev']);
  console.log(`\n== ask (eval/questions.yaml on the seed graph)\n${lines.join('\n')}`);
}

async function main(argv: string[]): Promise<void> {
  const { flags, positional } = parseFlags(argv, { '--split': true, '--quiet': false }, USAGE);
  const only = flags.get('--split');
  if (positional.length > 0) throw new UsageError(`Unexpected argument ${positional[0]}.\n${USAGE}`);
  if (only !== undefined && !SPLITS.includes(only as never))
    throw new UsageError(`--split is dev or heldout, not "${String(only)}".\n${USAGE}`);
  for (const split of SPLITS) {
    if (only === undefined || only === split) report(split, runEval(split), flags.has('--quiet'));
  }
  reportFacts(only as 'dev' | 'heldout' | undefined, flags.has('--quiet'));
  // Conflicts compare all articles at once (heldout too): no rule is tuned on them, they are counted.
  if (only === undefined) reportConflicts(flags.has('--quiet'));
  await reportAsk(only as 'dev' | 'heldout' | undefined, flags.has('--quiet'));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(2);
});
