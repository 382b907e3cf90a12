/**
 * Conflict detection over the seed graph and the proposals of all 20 eval articles at once (what
 * `npm run eval` prints): the two translation phantoms and the METI co-chair's other rank of
 * eval/gold/contradictions.yaml are flagged, and no other fact is.
 */
import { runConflictEval } from '../../../bench/names-eval/conflictEval';

test('the seed and all eval articles flag exactly the phantoms and the other rank that contradictions.yaml expects', () => {
  const { conflicts, expected } = runConflictEval();
  const flagged = conflicts.flatMap((conflict) => conflict.factIds).sort();
  expect(flagged).toEqual([
    'japan-deputy-minister-economy-trade-industry.HOLDS_OFFICE.japan.deputy-minister-of-economy-trade-and-industry',
    'japan-minister-western-affairs.CO_CHAIRED.eu-japan-dpc-3',
    'president-wiess.SIGNED.eu-japan-quantum-letter-of-intent',
  ]);
  expect(expected.filter((entry) => entry.kind === 'phantom party' && !entry.flagged)).toEqual([]);
  const rank = conflicts.find((conflict) => conflict.kind === 'ROLE')!;
  expect(rank.sides.map((side) => [side.documentId, side.role])).toEqual([
    ['eu-japan-dpc3-tokyo', 'FLAGGED'],
    ['ec-dpc3-tokyo-2025', 'CONTRADICTING'],
  ]);
}, 120_000);
