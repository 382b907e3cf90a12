/** How the CLIs that empty a database show it: one line per reset statement, on stderr. */
import type { ResetOptions, ResetProgress } from '../store/writes/resetGraph';

export function resetOptionsFromArgs(argv: string[] = process.argv): ResetOptions {
  const began = performance.now();
  const at = argv.indexOf('--reset-batch');
  const batchRows = at >= 0 ? Number(argv[at + 1]) : undefined;
  if (batchRows !== undefined && (!Number.isSafeInteger(batchRows) || batchRows <= 0)) {
    throw new Error('--reset-batch must be a positive integer (rows per delete transaction).');
  }
  return {
    batchRows,
    onProgress: ({ step, deleted }: ResetProgress) =>
      console.error(`  reset: ${deleted} ${step} deleted (${((performance.now() - began) / 1000).toFixed(1)} s)`),
  };
}
