/**
 * The fact-proposal part of `npm run eval`: precision and recall (type and both ends), status and
 * date accuracy over the matched facts, per document, per relation type and overall, for dev,
 * heldout and the seed check; then, unless quiet, each document's misses and extra proposals.
 */
import { factRates, type FactCounts } from './factScore';
import { runFactEval, runSeedFactEval, type FactSplitResult } from './runFactEval';

const pct = (value: number) => `${(value * 100).toFixed(1).padStart(5)}%`;

function row(label: string, counts: FactCounts): string {
  const rates = factRates(counts);
  return [
    label.padEnd(42),
    `facts P ${pct(rates.precision)} R ${pct(rates.recall)} (${counts.tp}/${counts.tp + counts.fn} found, ${counts.fp} extra)`,
    `status ${pct(rates.statusAccuracy)}`,
    `date ${pct(rates.dateAccuracy)}`,
  ].join('  ');
}

function report(label: string, result: FactSplitResult, quiet: boolean): void {
  console.log(`\n== facts: ${label}`);
  for (const document of result.documents) console.log(row(document.id, document.score.counts));
  for (const [type, counts] of [...result.byType].sort(([a], [b]) => a.localeCompare(b))) console.log(row(`  ${type}`, counts));
  console.log(row(`OVERALL ${label} (micro)`, result.total));
  if (quiet) return;
  for (const document of result.documents) {
    const { misses, extra, wrongStatus, wrongDate } = document.score;
    if (misses.length + extra.length + wrongStatus.length + wrongDate.length === 0) continue;
    console.log(`\n-- facts ${document.id}`);
    for (const line of misses) console.log(`  miss   ${line}`);
    for (const line of extra) console.log(`  extra  ${line}`);
    for (const line of wrongStatus) console.log(`  status ${line}`);
    for (const line of wrongDate) console.log(`  date   ${line}`);
  }
}

export function reportFacts(only: 'dev' | 'heldout' | undefined, quiet: boolean): void {
  for (const split of ['dev', 'heldout'] as const) if (only === undefined || only === split) report(split, runFactEval(split), quiet);
  if (only === undefined) report('seed (entities only, no facts)', runSeedFactEval(), quiet);
}
