/** What the command-line tools share: how they end on failure, and how they report the graph. */
import type { GraphCounts } from '../store/countGraph';
import { UsageError } from './parseFlags';

/** Runs a tool; a failure prints its message alone (a bundle's problem list, a config error) and exits 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}

export function describeGraph(counts: GraphCounts): string {
  return `Graph now holds ${counts.nodes} nodes, ${counts.relationships} relationships (${counts.entities} entities).`;
}
