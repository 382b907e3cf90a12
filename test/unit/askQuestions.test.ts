import { readSeedDirectory } from '../../src/startup/readSeedDirectory';
import { validateBundle } from '../../src/domain/bundle/validateBundle';
import {
  checkQuestions,
  expectedFactsOf,
  InvalidQuestionsError,
  loadQuestions,
  parseQuestions,
  QUESTION_KINDS,
  type QuestionSet,
} from '../../bench/ask-eval/questions';

const bundle = validateBundle(readSeedDirectory());
const set = loadQuestions();

/** A copy of the set with one question changed, to show that a check can fail. */
function withQuestion(id: string, change: (q: QuestionSet['questions'][number]) => void): QuestionSet {
  const copy = structuredClone(set);
  const question = copy.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  change(question);
  return copy;
}

describe('eval/questions.yaml, the plain-words questions of issue #15', () => {
  it('refers only to entities, facts and documents of the seed, each gold fact stated in the article it names', () => {
    expect(checkQuestions(set, bundle)).toEqual([]);
  });

  it('has at least 80 questions, 15 with no answer in the graph, and every kind in both splits', () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(80);
    expect(set.questions.filter((q) => !q.answerable).length).toBeGreaterThanOrEqual(15);
    const missing = QUESTION_KINDS.flatMap((kind) =>
      (['dev', 'heldout'] as const)
        .filter((split) => !set.questions.some((q) => q.kind === kind && q.split === split))
        .map((split) => `${kind} ${split}`),
    );
    expect(missing).toEqual([]);
  });

  it('asks questions in different words: no question is asked twice', () => {
    const texts = set.questions.map((q) =>
      q.question
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
    );
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('gives a planned question facts that are planned or expected in the seed', () => {
    for (const q of set.questions.filter((candidate) => candidate.kind === 'planned' && candidate.answerable)) {
      const statuses = expectedFactsOf(q, bundle).map((fact) => fact.status);
      expect({ id: q.id, notYetReported: statuses.some((status) => status !== 'REPORTED') }).toEqual({ id: q.id, notYetReported: true });
    }
  });

  it('spells out each expected fact: type, both ends, status and the articles that state it', () => {
    const [coChair] = expectedFactsOf(
      set.questions.find((q) => q.id === 'q003')!,
      bundle,
    );
    expect(coChair).toEqual({
      id: 'henna-virkkunen.CO_CHAIRED.eu-japan-dpc-3',
      type: 'CO_CHAIRED',
      fromId: 'henna-virkkunen',
      toId: 'eu-japan-dpc-3',
      status: 'REPORTED',
      documents: ['eu-japan-dpc3-tokyo'],
    });
  });

  it('reports an unknown entity, fact or document, naming the question and the field', () => {
    const broken = withQuestion('q003', (q) => {
      q.gold.entities = ['henna-virkunen'];
      q.gold.facts = ['henna-virkkunen.SIGNED.eu-japan-dpc-3'];
      q.gold.documents = ['euronews'];
    });
    expect(checkQuestions(broken, bundle)).toEqual([
      'q003 gold.entities: unknown entity "henna-virkunen"',
      'q003 gold.documents: unknown document "euronews"',
      'q003 gold.facts: unknown fact "henna-virkkunen.SIGNED.eu-japan-dpc-3"',
    ]);
  });

  it('reports a gold fact whose evidence is in another article than the one named', () => {
    const broken = withQuestion('q003', (q) => {
      q.gold.documents = ['euronews-eu-japan-ai-data-flows'];
    });
    expect(checkQuestions(broken, bundle)).toEqual([
      'q003 gold.facts: "henna-virkkunen.CO_CHAIRED.eu-japan-dpc-3" has no evidence in euronews-eu-japan-ai-data-flows',
    ]);
  });

  it('reports facts on a question with no answer, and a connection path no fact joins', () => {
    const noAnswer = withQuestion('q046', (q) => {
      q.gold.facts = ['eu-japan-digital-partnership.SIGNED_AT.eu-japan-summit-28'];
    });
    expect(checkQuestions(noAnswer, bundle)).toEqual([
      'q046: a question with no answer in the graph has no facts, acceptable facts or documents',
    ]);
    const badPath = withQuestion('q047', (q) => {
      q.gold.paths = [['henna-virkkunen', 'minoru-kiuchi']];
    });
    expect(checkQuestions(badPath, bundle)).toEqual(['q047 gold.paths[0]: no seed fact joins henna-virkkunen and minoru-kiuchi']);
  });

  it('accepts an entity date pseudo fact with evidence, and rejects one without', () => {
    const dated = withQuestion('q044', (q) => {
      q.gold.acceptable = [...(q.gold.acceptable ?? []), 'eu-japan-dpc-2.DATE'];
    });
    expect(checkQuestions(dated, bundle)).toEqual([]);
    const undated = withQuestion('q044', (q) => {
      q.gold.acceptable = ['eu-japan-cyber-dialogue-6.DATE'];
    });
    expect(checkQuestions(undated, bundle)).toEqual(['q044 gold.acceptable: unknown fact "eu-japan-cyber-dialogue-6.DATE"']);
  });

  it('rejects an unknown kind or a missing field when parsing, with the path of each', () => {
    const text = [
      'kinds: {}',
      'questions:',
      '  - id: q001',
      '    question: "Who?"',
      '    kind: gossip',
      '    answerable: true',
      '    split: dev',
    ].join('\n');
    let problems: string[] = [];
    try {
      parseQuestions(text);
    } catch (error) {
      if (error instanceof InvalidQuestionsError) problems = error.problems;
    }
    expect(problems).toEqual([expect.stringMatching(/^questions\.0\.kind: /), expect.stringMatching(/^questions\.0\.gold: /)]);
  });
});
