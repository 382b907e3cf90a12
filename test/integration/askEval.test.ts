/**
 * Query.ask against eval/questions.yaml (issue #15), through the public API on the seed graph:
 * the share answered right (facts, evidence from the right article, status, paths, counts) and
 * the confident wrong answers, over all questions and over the heldout split, held at floors.
 * Prints the table and every question that is not right (scoring: bench/ask-eval/score.ts, the
 * same as `npm run eval` uses offline).
 */
import { loadQuestions } from '../../bench/ask-eval/questions';
import { ASK_FLOORS } from '../../bench/ask-eval/floors';
import { ASK_EVAL_QUERY, judge, reportLines, summaryOf, type AskReply, type AskResult } from '../../bench/ask-eval/score';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('Query.ask on the eval questions', () => {
  it('answers the questions with the right facts and no confident wrong answer', async () => {
    const results: AskResult[] = [];
    for (const question of loadQuestions().questions) {
      const { data, errors } = await server.query<{ ask: AskReply }>(ASK_EVAL_QUERY, { q: question.question });
      expect({ id: question.id, errors }).toEqual({ id: question.id, errors: undefined });
      results.push({ question, ...judge(question, data!.ask), text: data!.ask.text });
    }
    console.log(reportLines(results, process.env.ASK_EVAL_SHOW_HELDOUT === '1' ? ['dev', 'heldout'] : ['dev']).join('\n'));
    const summary = summaryOf(results);
    expect(summary.allRight).toBeGreaterThanOrEqual(ASK_FLOORS.allRight);
    expect(summary.heldoutRight).toBeGreaterThanOrEqual(ASK_FLOORS.heldoutRight);
    expect(summary.confidentWrong).toBeLessThanOrEqual(ASK_FLOORS.confidentWrong);
  }, 600_000);
});
