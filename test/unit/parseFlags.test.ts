import { parseFlags, resetDecision, UsageError } from '../../src/cli/parseFlags';

describe('command-line flags', () => {
  const known = { '--reset': false, '--yes': false, '--reset-batch': true };
  it('reads known flags and refuses unknown ones with usage', () => {
    const { flags } = parseFlags(['--reset', '--reset-batch', '5'], known, 'Usage: seed');
    expect(flags.get('--reset')).toBe(true);
    expect(flags.get('--reset-batch')).toBe('5');
    expect(() => parseFlags(['--rest'], known, 'Usage: seed')).toThrow(UsageError);
    expect(() => parseFlags(['--rest'], known, 'Usage: seed')).toThrow(/Unknown option --rest.\nUsage: seed/);
  });
  it('wipes without a terminal only with --yes, and asks on a terminal', () => {
    expect(resetDecision({ yes: false, isTTY: false })).toBe('refuse');
    expect(resetDecision({ yes: true, isTTY: false })).toBe('go');
    expect(resetDecision({ yes: false, isTTY: true })).toBe('ask');
  });
});
