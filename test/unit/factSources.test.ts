import { independentSources, statusHistory, type SourcedEvidence } from '../../src/domain/factSources';

const evidence = (documentId: string, quote: string, status: SourcedEvidence['status'] = 'REPORTED'): SourcedEvidence => ({
  documentId,
  quote,
  status,
});

describe('independent sources of a fact', () => {
  it('counts each document once, however many quotes it gives', () => {
    expect(independentSources([evidence('a', 'x said'), evidence('a', 'x also said'), evidence('b', 'x said it')])).toBe(2);
  });

  it('counts a document that repeats another word for word (a republished release) as the same source', () => {
    expect(
      independentSources([evidence('release', 'The Council was  co-chaired by X'), evidence('copy', 'the council was co-chaired by X')]),
    ).toBe(1);
  });

  it('is zero without evidence', () => {
    expect(independentSources([])).toBe(0);
  });
});

describe('status history of a fact', () => {
  const dates: Record<string, string | null> = { euronews: '2024-04', release: '2025-05-12', seed: '2025', undated: null };

  it('lists each source once with its strongest status, oldest first and undated last', () => {
    const steps = statusHistory(
      [
        evidence('undated', 'maybe', 'POSSIBLE'),
        evidence('release', 'held today in Tokyo'),
        evidence('euronews', 'is set to take place in Tokyo', 'PLANNED'),
        evidence('euronews', 'will meet in Tokyo', 'EXPECTED'),
        evidence('seed', 'held in Tokyo'),
      ],
      (id) => dates[id] ?? null,
    );
    expect(steps.map((step) => [step.documentId, step.status, step.date])).toEqual([
      ['euronews', 'PLANNED', '2024-04'],
      ['seed', 'REPORTED', '2025'],
      ['release', 'REPORTED', '2025-05-12'],
      ['undated', 'POSSIBLE', null],
    ]);
    expect(steps[0]!.quote).toBe('is set to take place in Tokyo');
  });
});
