/**
 * Editors' verdicts applied to a mention the text leaves ambiguous (services/lib/judgedNames.ts):
 * the one candidate confirmed for the surface decides it, never a rejected one, never two, never
 * for a definite description (its own article decides what "the council" is).
 */
import { confirmedLink } from '../../src/services/lib/judgedNames';
import { verdictsOf } from '../../src/services/lib/nameIndexCache';

const match = (entityId: string, feature = 'name') => ({
  entityId,
  name: entityId,
  score: 1,
  explanation: [{ feature, score: 1, detail: '' }],
});
const mention = (text: string, ...entityIds: string[]) => ({
  start: 4,
  end: 4 + text.length,
  text,
  candidates: entityIds.map((id) => match(id)),
});
const judged = (...rows: Array<[verdict: 'SAME' | 'NOT_SAME' | 'UNSURE', surfaceKey: string, entityId: string]>) =>
  verdictsOf(rows.map(([verdict, surfaceKey, entityId]) => ({ verdict, surfaceKey, entityId })));

describe('confirmedLink', () => {
  it('links an ambiguous mention to the one candidate confirmed for its surface (by name key), saying so', () => {
    const link = confirmedLink(
      mention('Digital Partnership Council', 'dpc-2', 'dpc-korea'),
      judged(['SAME', 'digital partnership council', 'dpc-korea']),
    );
    expect(link).toMatchObject({ entityId: 'dpc-korea', start: 4, text: 'Digital Partnership Council' });
    expect(link?.explanation.map((item) => item.feature)).toEqual(['name', 'editor']);
  });

  it('leaves it ambiguous when nothing, two candidates, or a rejected one was confirmed, or the verdict is only unsure', () => {
    const council = mention('Digital Partnership Council', 'dpc-2', 'dpc-korea');
    expect(confirmedLink(council, judged())).toBeUndefined();
    expect(
      confirmedLink(
        council,
        judged(['SAME', 'digital partnership council', 'dpc-2'], ['SAME', 'digital partnership council', 'dpc-korea']),
      ),
    ).toBeUndefined();
    expect(
      confirmedLink(
        council,
        judged(['SAME', 'digital partnership council', 'dpc-2'], ['NOT_SAME', 'digital partnership council', 'dpc-2']),
      ),
    ).toBeUndefined();
    expect(confirmedLink(council, judged(['UNSURE', 'digital partnership council', 'dpc-2']))).toBeUndefined();
    // A verdict on another surface says nothing about this one.
    expect(confirmedLink(council, judged(['SAME', 'the council', 'dpc-2']))).toBeUndefined();
  });

  it("does not decide a definite description by another article's verdict", () => {
    const definite = { start: 0, end: 11, text: 'the Council', candidates: [match('dpc-3', 'definite'), match('dpc-4', 'definite')] };
    expect(confirmedLink(definite, judged(['SAME', 'the council', 'dpc-3']))).toBeUndefined();
  });
});
