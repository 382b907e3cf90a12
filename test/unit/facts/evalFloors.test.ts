/**
 * Floors under the fact-proposal evaluation (npm run eval): a little below what the reader
 * measured when this was written (docs/fact-proposals.md), so a change that makes proposals
 * worse fails here. Quality floors, not timings. Raise them when the reader improves; never lower
 * them to make a change pass without saying why in the commit.
 */
import { factRates } from '../../../bench/names-eval/factScore';
import { runFactEval, runSeedFactEval, type FactSplitResult } from '../../../bench/names-eval/runFactEval';

type Rate = keyof ReturnType<typeof factRates>;

const FLOORS: Array<{ behaviour: string; run: () => FactSplitResult; floors: Record<Rate, number> }> = [
  {
    behaviour: 'dev: facts proposed with type and both ends right, and their status and date',
    run: () => runFactEval('dev'),
    // 2026-12-04 (names, #13): Q-NEKO typed as the project it is and its fields proposed found 12 more
    // dev facts (recall 74.3 -> 79.2 %); seven of the newly found facts in newelectronics read the
    // wrong status ("is set to receive ... it focuses on" read PLANNED, "are looking to target" read
    // REPORTED), so status accuracy among found facts fell 95.1 -> 91.8 % with no status made worse.
    // 0.77 / 0.77 -> 0.78 / 0.81 (#14, 79.1 / 82.0): participation "at" a meeting, list items.
    // statusAccuracy 0.91 -> 0.93 (93.6 %): "are looking to target" reads PLANNED.
    floors: { precision: 0.78, recall: 0.81, statusAccuracy: 0.93, dateAccuracy: 0.9 },
  },
  {
    behaviour: 'heldout: the same measures, on the articles no cue was tuned on',
    run: () => runFactEval('heldout'),
    // Lowered from 0.67 / 0.49 when the gold facts of the three heldout articles added later were
    // written (66 facts; heldout went from 69.4 / 51.1 on six articles to 61.6 / 45.2 on nine).
    floors: { precision: 0.6, recall: 0.44, statusAccuracy: 0.84, dateAccuracy: 0.89 },
  },
  {
    behaviour: 'seed: the two seed articles with the seed entities and none of its facts find the curated facts',
    run: runSeedFactEval,
    // statusAccuracy 0.9 -> 0.88 (2026-12-03): two people the resolver had read as one span
    // ("Executive Vice-President Henna Virkkunen and Minister Kiuchi") now link apart, which finds
    // more of the curated facts (recall 51.8 -> 53.9 %), some of them read as POSSIBLE, not REPORTED.
    // 0.67 / 0.53 -> 0.72 / 0.59 (2026-12-04, 73.9 / 60.3): parties named together, passive doers,
    // a repeated caption not counted for the frame. dateAccuracy 0.87 -> 0.85: the facts found since
    // include "will support the Hiroshima AI Process, set up ... in May 2023", dated by that year.
    // 0.72 / 0.59 -> 0.78 / 0.68 (79.7 / 69.5): people and parties "at" a meeting took part in it,
    // a sentence-opening "This" stands for the previous sentence's agreement.
    // -> 0.78 / 0.73 (78.9 / 74.5): a list's lead-in cue carried to its items, item headings.
    // precision -> 0.81 (82.7): a name in a description after another name is no doer, and
    // SUPERVISES / COORDINATES / COORDINATES_WITH have doers.
    floors: { precision: 0.81, recall: 0.73, statusAccuracy: 0.86, dateAccuracy: 0.88 },
  },
];

describe('fact proposals on the eval and seed articles stay above their floors', () => {
  test.each(FLOORS)(
    '$behaviour',
    ({ run, floors }) => {
      const rates = factRates(run().total);
      const below = (Object.entries(floors) as Array<[Rate, number]>).filter(([rate, floor]) => !(rates[rate] >= floor));
      expect(below.map(([rate, floor]) => `${rate} ${rates[rate]} < ${floor}`)).toEqual([]);
    },
    120_000,
  );
});
