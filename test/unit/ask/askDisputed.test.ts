/**
 * A fact that sources dispute as a party (a co-chair or signer that rests only on a source
 * another contradicts: issue #14's PARTIES and ROLE conflicts) is not offered as the answer:
 * the answer is read without it and says what it left out and why. Over the seed files, with a
 * source whose conflicts flag the Tokyo article's "President Wiess" as a signer.
 */
import { seedAskSource } from '../../../bench/ask-eval/seedAskSource';
import { answerFrom, type AskSource } from '../../../src/services/askQuestion';

const WIESS = 'president-wiess.SIGNED.eu-japan-quantum-letter-of-intent';
const REASON = 'Another source names the signers without President Wiess.';

function disputing(ids: string[]): AskSource & { asked: number } {
  const seed = seedAskSource();
  const source = {
    ...seed,
    asked: 0,
    disputedFacts: () => {
      source.asked += 1;
      return Promise.resolve(new Map(ids.map((id) => [id, REASON])));
    },
  };
  return source;
}

describe('disputed facts in an answer', () => {
  test('a signer resting on a contradicted source is left out of the answer, and the text says so', async () => {
    const source = disputing([WIESS]);
    const { value } = await answerFrom(source, 'Who signed the letter of intent on quantum technology?');
    const ids = value.facts.map((fact) => fact.id);
    expect(ids).not.toContain(WIESS);
    expect(ids).toEqual(expect.arrayContaining(['henna-virkkunen.SIGNED.eu-japan-quantum-letter-of-intent']));
    expect(value.text).toMatch(/Left out, as sources disagree: President Wiess signed .*Another source names the signers/);
  });

  test('without a dispute the answer is unchanged, and a question with no fact of a compared type reads no conflicts', async () => {
    const plain = await answerFrom(seedAskSource(), 'Who signed the letter of intent on quantum technology?');
    expect(plain.value.facts.map((fact) => fact.id)).toContain(WIESS);
    const source = disputing([WIESS]);
    await answerFrom(source, 'When was the fourth Digital Partnership Council planned?');
    expect(source.asked).toBe(0);
  });
});
