/**
 * Query.ask's reader on eval/questions.yaml over the seed files, no database (what `npm run eval`
 * prints): the same floors as the API test (test/integration/askEval.test.ts), so a change to the
 * grammar that brings back a confident wrong answer fails in the fast unit run too.
 */
import { runAskEval } from '../../bench/ask-eval/runAskEval';
import { summaryOf } from '../../bench/ask-eval/score';
import { ASK_FLOORS } from '../../bench/ask-eval/floors';

describe('the ask reader on the eval questions, over the seed files', () => {
  it('answers at least the floors right and gives no more confident wrong answers than the ceiling', async () => {
    const summary = summaryOf(await runAskEval());
    expect(summary.allRight).toBeGreaterThanOrEqual(ASK_FLOORS.allRight);
    expect(summary.heldoutRight).toBeGreaterThanOrEqual(ASK_FLOORS.heldoutRight);
    expect(summary.confidentWrong).toBeLessThanOrEqual(ASK_FLOORS.confidentWrong);
  }, 120_000);
});
