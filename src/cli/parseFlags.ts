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

/**
 * A numeric flag's value, `fallback` when it is absent; anything that is not a finite number
 * `accept` takes (by default: above 0) is a UsageError naming the flag.
 */
export function numberFlag(
  flags: Map<string, string | true>,
  name: string,
  fallback: number,
  usage: string,
  accept: (value: number) => boolean = (value) => value > 0,
): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw === true || raw.trim() === '' || !Number.isFinite(value) || !accept(value)) {
    throw new UsageError(`${name} does not take "${raw}".\n${usage}`);
  }
  return value;
}

/** Whether --reset may wipe the database: --yes, else only on a terminal after asking. */
export function resetDecision(options: { yes: boolean; isTTY: boolean }): 'go' | 'ask' | 'refuse' {
  if (options.yes) return 'go';
  return options.isTTY ? 'ask' : 'refuse';
}
