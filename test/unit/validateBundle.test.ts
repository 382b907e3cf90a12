import { MAX_ID, MAX_NAME, MAX_NAME_KEY, MAX_QUOTE } from '../../src/domain/bundle/bundleSchema';
import { validateBundle } from '../../src/domain/bundle/validateBundle';
import { InvalidBundleError } from '../../src/domain/bundle/resolvedBundle';
import { FIXTURE_TEXT, smallBundle } from '../fixtures/smallBundle';

type Mutable = Record<string, any>;

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidBundleError) return error.problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('bundle validation', () => {
  it('resolves a valid bundle: quote offsets, fact ids, mentions and date precision', () => {
    const bundle = validateBundle(smallBundle());
    const chaired = bundle.facts.find((fact) => fact.type === 'CO_CHAIRED');
    expect(chaired?.id).toBe('fixture-ada.CO_CHAIRED.fixture-council');
    for (const evidence of bundle.evidence) {
      expect(FIXTURE_TEXT.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    expect(bundle.mentions).toContainEqual(expect.objectContaining({ entityId: 'fixture-ada', text: 'Ada Example', start: 0, end: 11 }));
    expect(bundle.entities.find((e) => e.id === 'fixture-council')).toMatchObject({ datePrecision: 'DAY', label: 'Event' });
    expect(bundle.facts.find((fact) => fact.type === 'HELD_IN')?.datePrecision).toBe('DAY');
  });

  it('rejects a fabricated quote, naming the file and the field', () => {
    const raw = smallBundle();
    (raw.facts[0]!.value as Mutable).evidence[0].quote = 'Ada Example signed a treaty';
    expect(problemsOf(() => validateBundle(raw))).toEqual([
      expect.stringMatching(/^fixture\.yaml facts\[0\]\.evidence\[0\]\.quote: not found verbatim/),
    ]);
  });

  it('rejects a fact that connects an entity to itself', () => {
    const raw = smallBundle();
    const fact = raw.facts[1]!.value as Mutable;
    fact.to = fact.from;
    expect(problemsOf(() => validateBundle(raw))).toEqual([
      expect.stringMatching(/^fixture\.yaml facts\[1\]\.to: a fact cannot connect .* to itself/),
    ]);
  });

  it('rejects names and aliases made only of punctuation or invisible characters', () => {
    const raw = smallBundle();
    (raw.entities[0]!.value as Mutable).name = '\u200B';
    (raw.entities[0]!.value as Mutable).aliases = [{ text: '…' }];
    const problems = problemsOf(() => validateBundle(raw));
    expect(problems).toContainEqual(expect.stringMatching(/entities\[0\]\.name: must contain a letter or digit/));
    expect(problems).toContainEqual(expect.stringMatching(/entities\[0\]\.aliases\[0\].*must contain a letter or digit/));
    expect(problems.filter((problem) => /must contain a letter or digit/.test(problem))).toHaveLength(2);
  });

  it('rejects ids, names and quotes over their documented limits, naming each field and its limit', () => {
    const raw = smallBundle();
    (raw.entities[0]!.value as Mutable).id = `fixture-${'a'.repeat(MAX_ID)}`;
    (raw.entities[1]!.value as Mutable).name = '\uFDFA'.repeat(MAX_NAME);
    (raw.facts[0]!.value as Mutable).evidence[0].quote = 'q'.repeat(MAX_QUOTE + 1);
    const problems = problemsOf(() => validateBundle(raw));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`entities\\[0\\]\\.id: must be at most ${MAX_ID} characters`)));
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`entities\\[1\\]\\.name: its normal form must be at most ${MAX_NAME_KEY}`)),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`facts\\[0\\]\\.evidence\\[0\\]\\.quote: must be at most ${MAX_QUOTE}`)),
    );
  });

  it('keeps an alias with document scope apart, bound to its document, and refuses one without a document', () => {
    const raw = smallBundle();
    (raw.entities[1]!.value as Mutable).aliases = [
      { text: 'The council', document: 'fixture-doc', scope: 'document' },
      { text: 'Example Council', scope: 'general' },
    ];
    const council = validateBundle(raw).entities.find((entity) => entity.id === 'fixture-council');
    expect(council?.aliases).toEqual(['The council', 'Example Council']);
    expect(council?.documentAliases.map((stored) => JSON.parse(stored))).toEqual([{ document: 'fixture-doc', text: 'The council' }]);

    (raw.entities[1]!.value as Mutable).aliases = [{ text: 'The council', scope: 'document' }];
    expect(problemsOf(() => validateBundle(raw))).toEqual([
      expect.stringMatching(/entities\[1\]\.aliases\[0\]\.document: an alias with scope "document" needs the document/),
    ]);
  });

  it('rejects an unknown entity reference', () => {
    const raw = smallBundle();
    (raw.facts[1]!.value as Mutable).to = 'fixture-atlantis';
    expect(problemsOf(() => validateBundle(raw))).toEqual([expect.stringMatching(/facts\[1\]\.to: unknown entity "fixture-atlantis"/)]);
  });

  it('rejects a relation type the ontology does not allow between the two entity types', () => {
    const raw = smallBundle();
    Object.assign(raw.facts[1]!.value as Mutable, { type: 'CO_CHAIRED' });
    expect(problemsOf(() => validateBundle(raw))).toEqual([
      expect.stringMatching(/facts\[1\]\.type: CO_CHAIRED is not allowed from EVENT .* to PLACE/),
    ]);
  });

  it('rejects relation and entity types that are not in the ontology', () => {
    const raw = smallBundle();
    (raw.facts[0]!.value as Mutable).type = 'LIKES';
    (raw.entities[2]!.value as Mutable).type = 'Planet';
    const problems = problemsOf(() => validateBundle(raw));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/unknown relation type "LIKES"/),
        expect.stringMatching(/unknown entity type "Planet"/),
      ]),
    );
  });

  it('rejects dates that are not calendar dates at a precision', () => {
    for (const bad of ['2024-02-30', '2024-13', '24', 'March 2024', '2024-3-1']) {
      const raw = smallBundle();
      (raw.facts[1]!.value as Mutable).date = bad;
      expect(problemsOf(() => validateBundle(raw))).toEqual([expect.stringMatching(/facts\[1\]\.date/)]);
    }
  });

  it('rejects a fact whose status is stronger or weaker than its evidence says', () => {
    const raw = smallBundle();
    (raw.facts[0]!.value as Mutable).evidence[0].status = 'PLANNED';
    expect(problemsOf(() => validateBundle(raw))).toEqual([
      expect.stringMatching(/facts\[0\]\.status: is REPORTED but its strongest evidence says PLANNED/),
    ]);
  });

  it('asks which occurrence is meant when a quote occurs more than once', () => {
    const raw = smallBundle();
    (raw.facts[1]!.value as Mutable).evidence[0].quote = 'ouncil';
    expect(problemsOf(() => validateBundle(raw))).toEqual([expect.stringMatching(/occurs 2 times .* add occurrence/)]);
    (raw.facts[1]!.value as Mutable).evidence[0].occurrence = 2;
    expect(problemsOf(() => validateBundle(raw))).toEqual([]);
  });

  it('rejects an alias that its document does not contain', () => {
    const raw = smallBundle();
    (raw.entities[0]!.value as Mutable).aliases.push({ text: 'Lady Ada', document: 'fixture-doc' });
    expect(problemsOf(() => validateBundle(raw))).toEqual([
      expect.stringMatching(/entities\[0\]\.aliases\[1\]\.text: "Lady Ada" is not found/),
    ]);
  });

  it('reports every problem at once, not just the first', () => {
    const raw = smallBundle();
    (raw.facts[0]!.value as Mutable).evidence[0].quote = 'nowhere';
    (raw.facts[1]!.value as Mutable).from = 'fixture-nobody';
    (raw.entities[1]!.value as Mutable).id = 'Not An Id';
    expect(problemsOf(() => validateBundle(raw)).length).toBeGreaterThanOrEqual(3);
  });

  it('requires the office held for HOLDS_OFFICE', () => {
    const raw = smallBundle();
    raw.entities.push({ file: 'fixture.yaml', value: { id: 'fixture-ministry', type: 'ORGANIZATION', name: 'Ministry of Examples' } });
    raw.facts.push({
      file: 'fixture.yaml',
      value: {
        type: 'HOLDS_OFFICE',
        from: 'fixture-ada',
        to: 'fixture-ministry',
        status: 'REPORTED',
        evidence: [{ document: 'fixture-doc', quote: 'Minister of Examples' }],
      },
    });
    expect(problemsOf(() => validateBundle(raw))).toEqual([expect.stringMatching(/role: HOLDS_OFFICE needs the role/)]);
  });
});
