/**
 * Floors under the name evaluation (npm run eval): a little below what the resolver measured on
 * eval/ when this was written, so a change that makes linking or new-name proposal worse fails
 * here. Quality floors, not timings. Raise them when the resolver improves; never lower them to
 * make a change pass without saying why in the commit.
 */
import { runEval } from '../../../bench/names-eval/runEval';
import { ratesOf } from '../../../bench/names-eval/score';

type Rate = keyof ReturnType<typeof ratesOf>;

// Heldout new-name precision has no floor: the synonym-spun and Italian articles make it swing.
const FLOORS: Array<{ split: 'dev' | 'heldout'; behaviour: string; floors: Partial<Record<Rate, number>> }> = [
  {
    split: 'dev',
    behaviour: 'dev: known names linked with precision and recall, new names proposed and typed, nothing guessed',
    floors: {
      // Measured 2026-12-04 (later): 98.6 / 96.8 spans, 99.3 / 98.0 entities, new 96.1 / 93.8, type 96.7, 118/127 right type.
      spanPrecision: 0.98,
      spanRecall: 0.965,
      entityPrecision: 0.99,
      entityRecall: 0.975,
      newRecall: 0.955,
      newPrecision: 0.93,
      newTypeAccuracy: 0.96,
      newProposedWithRightType: 0.92,
    },
  },
  {
    split: 'heldout',
    behaviour: 'heldout: the same measures, on the articles no rule was tuned on',
    // Nine articles since 2026-12-03 (three added, measured before any change for them): span
    // precision 85.0 % replaces the six articles' 91.8 %, hence the lower span floor.
    // Measured 2026-12-04: 88.3 / 80.7 spans, 96.8 / 79.6 entities, new recall 83.3, type 82.2 (names in
    // other Romance languages read in English words: a heldout-motivated change, docs/name-resolution.md).
    floors: { spanPrecision: 0.88, spanRecall: 0.8, entityPrecision: 0.96, entityRecall: 0.79, newRecall: 0.83, newTypeAccuracy: 0.82 },
  },
];

describe('name resolution on the eval articles stays above its floors', () => {
  test.each(FLOORS)(
    '$behaviour',
    ({ split, floors }) => {
      const { total } = runEval(split);
      const rates = ratesOf(total);
      // Every rate under its floor, by name, so a failure says which measure fell.
      const below = (Object.entries(floors) as Array<[Rate, number]>).filter(([rate, floor]) => !(rates[rate] >= floor));
      expect(below.map(([rate, floor]) => `${rate} ${rates[rate]} < ${floor}`)).toEqual([]);
      expect(total.guessed).toBe(0);
    },
    120_000,
  );
});
