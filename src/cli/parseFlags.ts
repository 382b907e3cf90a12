/** Flags of the command-line tools: unknown ones are refused (usage, exit 2), never ignored. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `known` maps a flag to whether it takes a value; returns the flags seen and the positional arguments. */
export function parseFlags(
  argv: string[],
  known: Record<string, boolean>,
  usage: string,
): { flags: Map<string, string | true>; positional: string[] } {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (!(arg in known)) throw new UsageError(`Unknown option ${arg}.\n${usage}`);
    if (known[arg]) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value.\n${usage}`);
      flags.set(arg, value);
    } else flags.set(arg, true);
  }
  return { flags, positional };
}

/** Whether --reset may wipe the database: --yes, else only on a terminal after asking. */
export function resetDecision(options: { yes: boolean; isTTY: boolean }): 'go' | 'ask' | 'refuse' {
  if (options.yes) return 'go';
  return options.isTTY ? 'ask' : 'refuse';
}
