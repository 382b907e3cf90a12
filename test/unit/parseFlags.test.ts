import { numberFlag, parseFlags, resetDecision, UsageError } from '../../src/cli/parseFlags';

describe('command-line flags', () => {
  const known = { '--reset': false, '--yes': false, '--reset-batch': true };
  it('reads known flags and refuses unknown ones with usage', () => {
    const { flags } = parseFlags(['--reset', '--reset-batch', '5'], known, 'Usage: seed');
    expect(flags.get('--reset')).toBe(true);
    expect(flags.get('--reset-batch')).toBe('5');
    expect(() => parseFlags(['--rest'], known, 'Usage: seed')).toThrow(UsageError);
    expect(() => parseFlags(['--rest'], known, 'Usage: seed')).toThrow(/Unknown option --rest.\nUsage: seed/);
  });
  it('reads a numeric flag, its default when absent, and refuses what is not a number it accepts', () => {
    const { flags } = parseFlags(
      ['--rounds', '3', '--duration', 'ten', '--share', '0'],
      { '--rounds': true, '--duration': true, '--share': true },
      'Usage: bench',
    );
    expect(numberFlag(flags, '--rounds', 2, 'Usage: bench')).toBe(3);
    expect(numberFlag(flags, '--seconds', 60, 'Usage: bench')).toBe(60);
    expect(() => numberFlag(flags, '--duration', 5, 'Usage: bench')).toThrow(/--duration does not take "ten".\nUsage: bench/);
    expect(() => numberFlag(flags, '--share', 0.1, 'Usage: bench')).toThrow(UsageError);
    expect(numberFlag(flags, '--share', 0.1, 'Usage: bench', (value) => value >= 0)).toBe(0);
  });
  it('wipes without a terminal only with --yes, and asks on a terminal', () => {
    expect(resetDecision({ yes: false, isTTY: false })).toBe('refuse');
    expect(resetDecision({ yes: true, isTTY: false })).toBe('go');
    expect(resetDecision({ yes: false, isTTY: true })).toBe('ask');
  });
});
