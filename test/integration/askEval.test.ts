/**
 * Query.ask against eval/questions.yaml (issue #15), through the public API on the seed graph:
 * the share answered right (facts, evidence from the right article, status, paths, counts) and
 * the confident wrong answers, over all questions and over the heldout split, held at floors.
 * Prints the table and every question that is not right (scoring: test/support/askEval.ts).
 */
import { ASK_EVAL_QUERY, judge, loadGoldQuestions, tally, type AskReply, type GoldQuestion, type Verdict } from '../support/askEval';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Floors: the figures measured when this test landed; raise them as the reader improves. */
const FLOORS = { allRight: 74, heldoutRight: 66.7, confidentWrong: 11 };

const percent = (n: number, of: number) => (of === 0 ? 0 : Math.round((1000 * n) / of) / 10);

describe('Query.ask on the eval questions', () => {
  it('answers the questions with the right facts and no confident wrong answer', async () => {
    const questions = loadGoldQuestions();
    const results: Array<{ question: GoldQuestion; verdict: Verdict; why: string; text: string | null }> = [];
    for (const question of questions) {
      const { data, errors } = await server.query<{ ask: AskReply }>(ASK_EVAL_QUERY, { q: question.question });
      expect({ id: question.id, errors }).toEqual({ id: question.id, errors: undefined });
      results.push({ question, ...judge(question, data!.ask), text: data!.ask.text });
    }
    const all = tally(results);
    const heldout = tally(results, (q) => q.split === 'heldout');
    const dev = tally(results, (q) => q.split === 'dev');
    const kinds = [...new Set(questions.map((q) => q.kind))];
    const lines = [
      `ask eval: right ${all.right}/${all.asked} (${percent(all.right, all.asked)} %), confident wrong ${all.wrong}`,
      `  dev ${dev.right}/${dev.asked} (${percent(dev.right, dev.asked)} %), wrong ${dev.wrong}; heldout ${heldout.right}/${heldout.asked} (${percent(heldout.right, heldout.asked)} %), wrong ${heldout.wrong}`,
      ...kinds.map((kind) => {
        const t = tally(results, (q) => q.kind === kind);
        return `  ${kind.padEnd(13)} ${t.right}/${t.asked} right, ${t.wrong} wrong`;
      }),
      ...results
        .filter((r) => r.verdict !== 'right' && (process.env.ASK_EVAL_SHOW_HELDOUT === '1' || r.question.split === 'dev'))
        .map((r) => `  ${r.verdict.toUpperCase()} ${r.question.id} ${r.question.kind}: ${r.question.question} -- ${r.why} || ${r.text}`),
    ];
    console.log(lines.join('\n'));
    expect(percent(all.right, all.asked)).toBeGreaterThanOrEqual(FLOORS.allRight);
    expect(percent(heldout.right, heldout.asked)).toBeGreaterThanOrEqual(FLOORS.heldoutRight);
    expect(all.wrong).toBeLessThanOrEqual(FLOORS.confidentWrong);
  }, 600_000);
});
