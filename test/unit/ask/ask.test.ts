import { answerQuestion } from '../../../src/domain/ask/answerQuestion';
import { RELATION_WORDS } from '../../../src/domain/ask/lexicon';
import { dateFallsIn, findPeriod } from '../../../src/domain/ask/periods';
import { readQuestion } from '../../../src/domain/ask/readQuestion';
import type { AskEntity, AskFact, AskGraph } from '../../../src/domain/ask/types';
import { ontology } from '../../../src/domain/ontology';
import { factsQuotedBy, named } from './askFacts';

const entity = (id: string, type: AskEntity['type'], name: string, date: string | null = null): AskEntity => ({
  id,
  type,
  name,
  date: date
    ? {
        value: date,
        endValue: null,
        inferred: false,
        status: 'REPORTED',
        factId: `${id}.DATE`,
        evidence: [quote(`${id}.DATE`, `${name} took place in ${date}.`)],
      }
    : null,
});
const quote = (factId: string, text: string) => ({
  id: `ev-${factId}`,
  factId,
  documentId: 'doc-a',
  quote: text,
  start: 0,
  end: text.length,
  status: 'REPORTED' as const,
});
const fact = factsQuotedBy(quote);

const entities = [
  entity('eu', 'BLOC', 'European Union'),
  entity('japan', 'COUNTRY', 'Japan'),
  entity('korea', 'COUNTRY', 'South Korea'),
  entity('virkkunen', 'PERSON', 'Henna Virkkunen'),
  entity('kiuchi', 'PERSON', 'Minoru Kiuchi'),
  entity('loi', 'AGREEMENT', 'Letter of Intent on Quantum', '2025-05-13'),
  entity('dp', 'AGREEMENT', 'Digital Partnership', '2022-05'),
  entity('quantum', 'TECHNOLOGY', 'Quantum technology'),
  entity('council', 'EVENT', 'Third Council', '2025'),
  entity('tokyo', 'PLACE', 'Tokyo'),
  entity('moc', 'AGREEMENT', 'Memorandum on identities'),
];
const facts = [
  fact('virkkunen', 'SIGNED', 'loi', 'Virkkunen and Kiuchi signed a letter of intent on quantum technology.', {
    date: '2025-05-13',
    datePrecision: 'DAY',
  }),
  fact('kiuchi', 'SIGNED', 'loi', 'Virkkunen and Kiuchi signed a letter of intent on quantum technology.', {
    date: '2025-05-13',
    datePrecision: 'DAY',
  }),
  fact('loi', 'COVERS', 'quantum', 'a letter of intent on quantum technology'),
  fact('eu', 'SIGNED', 'dp', 'The Digital Partnership was signed in May 2022.', { date: '2022-05', datePrecision: 'MONTH' }),
  fact('japan', 'SIGNED', 'dp', 'The Digital Partnership was signed in May 2022.', { date: '2022-05', datePrecision: 'MONTH' }),
  fact('virkkunen', 'CO_CHAIRED', 'council', 'The council was co-chaired by Virkkunen.'),
  fact('council', 'HELD_IN', 'tokyo', 'The council was held in Tokyo.', { date: '2025', datePrecision: 'YEAR' }),
  fact('eu', 'SIGNED', 'moc', 'The Commission will sign a memorandum.', { status: 'PLANNED' }),
];
const graph: AskGraph = {
  entities: new Map(entities.map((e) => [e.id, e])),
  facts: new Map(facts.map((f) => [f.id, f])),
  documents: new Map([['doc-a', { id: 'doc-a', title: 'A report', publisher: 'Publisher A' }]]),
};

/** Names as the resolver would find them: every listed surface in the question. */

function ask(question: string, names: Record<string, string>) {
  return answerQuestion(question, readQuestion(question, named(question, names)), graph);
}

describe('the question grammar', () => {
  test('every relation type of the ontology has words to be asked by and stated with', () => {
    for (const type of ontology().relationTypes) {
      expect({ type, cues: RELATION_WORDS[type].cues.length > 0, phrase: RELATION_WORDS[type].phrase !== '' }).toEqual({
        type,
        cues: true,
        phrase: true,
      });
    }
  });

  test.each([
    ['Who signed the letter?', 'WHO_DID'],
    ['How is Virkkunen connected to Kiuchi?', 'CONNECTION'],
    ['What do Virkkunen and Kiuchi have in common?', 'IN_COMMON'],
    ['When was the letter signed?', 'WHEN_WHERE'],
    ['Which article says Virkkunen signed the letter?', 'WHICH_SOURCE'],
    ['How many people signed the letter?', 'COUNT'],
    ['Was the letter actually signed?', 'IS_DONE'],
  ])('"%s" is a %s question', (question, kind) => {
    const names = Object.fromEntries(
      ['the letter', 'Virkkunen', 'Kiuchi']
        .filter((n) => question.includes(n))
        .map((n) => [n, n === 'the letter' ? 'loi' : n.toLowerCase()]),
    );
    expect(readQuestion(question, named(question, names)).kind).toBe(kind);
  });

  test('a word inside a name is no cue: "the Third Council" asks for no COVERS by its "Council"', () => {
    const question = 'Who co-chaired the Third Council?';
    expect(readQuestion(question, named(question, { 'Third Council': 'council' })).relationTypes).toEqual(['CO_CHAIRED']);
  });

  test('periods are read at their precision and a year does not answer for a month of it', () => {
    expect(findPeriod('What happened in May 2022?')).toMatchObject({ from: '2022-05-01', to: '2022-05-31' });
    expect(findPeriod('What happened between April and June 2024?')).toMatchObject({ from: '2024-04-01', to: '2024-06-31' });
    expect(findPeriod('what happened on 13 may 2025')).toMatchObject({ from: '2025-05-13', to: '2025-05-13' });
    const may2023 = findPeriod('in May 2023')!;
    expect(dateFallsIn(may2023, '2023-05')).toBe(true);
    expect(dateFallsIn(may2023, '2023')).toBe(false);
  });
});

describe('answers built only from facts', () => {
  test('who signed an agreement: its signatories, each with a footnote to its quote', () => {
    const answer = ask('Who signed the letter of intent?', { 'letter of intent': 'loi' });
    expect(answer.factIds.sort()).toEqual(['kiuchi.SIGNED.loi', 'virkkunen.SIGNED.loi']);
    expect(answer.text).toMatch(/Henna Virkkunen signed Letter of Intent on Quantum.*\[1\]/);
    expect(answer.footnotes[0]!.evidence.quote).toContain('signed a letter of intent');
  });

  test("two parties named together must share the answer: one party's fact is not both's", () => {
    const answer = ask('When did the European Union and South Korea sign their partnership?', {
      'European Union': 'eu',
      'South Korea': 'korea',
    });
    expect(answer.understood).toBe(true);
    expect(answer.factIds).toEqual([]);
    expect(answer.text).toMatch(/does not hold/);
  });

  test('an unexplained noun the evidence does not contain keeps a fact out ("a data adequacy agreement")', () => {
    const answer = ask('Did the European Union and Japan sign a data adequacy agreement?', { 'European Union': 'eu', Japan: 'japan' });
    expect(answer.factIds).toEqual([]);
  });

  test('a planned fact is said to be planned, never done', () => {
    const answer = ask('Who will sign the Memorandum on identities?', { 'Memorandum on identities': 'moc' });
    expect(answer.factIds).toEqual(['eu.SIGNED.moc']);
    expect(answer.text).toMatch(/is to sign .*planned, not reported as done/);
  });

  test('one step away: the topics of the agreement a person signed', () => {
    const answer = ask('Which technologies does the agreement Kiuchi signed cover?', { Kiuchi: 'kiuchi' });
    expect(answer.factIds.sort()).toEqual(['kiuchi.SIGNED.loi', 'loi.COVERS.quantum']);
  });

  test('what two people have in common: what both did the same way', () => {
    const answer = ask('What do Virkkunen and Kiuchi have in common?', { Virkkunen: 'virkkunen', Kiuchi: 'kiuchi' });
    expect(answer.factIds.sort()).toEqual(['kiuchi.SIGNED.loi', 'virkkunen.SIGNED.loi']);
  });

  test('a period question returns the facts dated in it, and says so when there are none', () => {
    expect(ask('What happened in May 2022?', {}).factIds.sort()).toEqual(['eu.SIGNED.dp', 'japan.SIGNED.dp']);
    const none = ask('What happened in 2021?', {});
    expect([none.understood, none.factIds]).toEqual([true, []]);
  });

  test('a count states the number of distinct entities counted', () => {
    const answer = ask('How many people signed the letter of intent?', { 'letter of intent': 'loi' });
    expect(answer.count).toBe(2);
    expect(answer.text.startsWith('2: ')).toBe(true);
  });

  test('"who signed it for a body" asks for a person acting for it, never the body itself', () => {
    const question = 'Who signed the memorandum for the European Union?';
    const reading = readQuestion(question, named(question, { 'European Union': 'eu' }));
    expect(reading.answerTypes).toEqual(['PERSON']);
    expect(answerQuestion(question, reading, graph).factIds).toEqual([]);
  });

  test('"held or scheduled" asks for both, so no status filter; "scheduled" alone asks for plans', () => {
    expect(readQuestion('How many meetings were held or scheduled in 2024?', []).statuses).toBeNull();
    expect(readQuestion('How many meetings are scheduled in 2024?', []).statuses).toEqual(['PLANNED', 'EXPECTED']);
  });

  /** A fact whose quote sits at its own place in the document (the shared fixtures all start at 0). */
  const placed = (at: number, ...args: Parameters<typeof fact>) => {
    const f = fact(...args);
    return { ...f, evidence: f.evidence.map((ev) => ({ ...ev, start: at, end: at + ev.quote.length })) };
  };
  const withFacts = (extraEntities: AskEntity[], extraFacts: AskFact[]): AskGraph => ({
    ...graph,
    entities: new Map([...graph.entities, ...extraEntities.map((e) => [e.id, e] as const)]),
    facts: new Map([...graph.facts, ...extraFacts.map((f) => [f.id, f] as const)]),
  });

  test('a topic named with a meeting must be what a one-step answer is about, not only what the meeting covered', () => {
    const topicGraph = withFacts(
      [entity('chips', 'TECHNOLOGY', 'Chips'), entity('forum', 'INITIATIVE', 'Chip forum'), entity('summit', 'EVENT', 'Summit')],
      [
        placed(100, 'summit', 'COVERS', 'chips', 'The summit discussed chips.'),
        placed(200, 'eu', 'PARTICIPATED_IN', 'summit', 'The EU attended.'),
        placed(300, 'loi', 'OUTCOME_OF', 'summit', 'The letter came out of the summit.'),
      ],
    );
    const question = 'What did the European Union agree on Chips?';
    const reading = readQuestion(question, named(question, { 'European Union': 'eu', Chips: 'chips' }));
    // The letter is about quantum: the summit's topic does not make its every outcome one.
    expect(answerQuestion(question, reading, topicGraph).factIds).toEqual([]);
    const aboutChips = withFacts(
      [...topicGraph.entities.values()],
      [
        ...topicGraph.facts.values(),
        placed(400, 'forum', 'OUTCOME_OF', 'summit', 'A forum came out of it.'),
        placed(500, 'forum', 'COVERS', 'chips', 'The forum is on chips.'),
      ],
    );
    // The forum, with what it covers: how it is about chips.
    expect(answerQuestion(question, reading, aboutChips).factIds).toEqual(['forum.OUTCOME_OF.summit', 'forum.COVERS.chips']);
  });

  test("what actors plan at a meeting: their plans said in the same sentence as their attending, not the meeting's own facts", () => {
    const sentence = 'They will attend the ministerial and call for a memorandum there.';
    const plans = withFacts(
      [entity('ministerial', 'EVENT', 'Ministerial meeting')],
      [
        placed(100, 'eu', 'PARTICIPATED_IN', 'ministerial', sentence, { status: 'PLANNED' }),
        placed(100, 'eu', 'CALLS_FOR', 'moc', sentence, { status: 'PLANNED' }),
        placed(200, 'eu', 'SUPPORTS', 'quantum', 'The EU will support quantum research.', { status: 'PLANNED' }),
        placed(300, 'ministerial', 'CONVENED_UNDER', 'dp', 'The ministerial meets under the partnership.', { status: 'PLANNED' }),
      ],
    );
    const question = 'What does the European Union intend to do at the Ministerial meeting?';
    const reading = readQuestion(question, named(question, { 'European Union': 'eu', 'Ministerial meeting': 'ministerial' }));
    expect(answerQuestion(question, reading, plans).factIds.sort()).toEqual(['eu.CALLS_FOR.moc', 'eu.PARTICIPATED_IN.ministerial']);
  });

  test('a named topic is accounted for when an answer quote writes its name, not when it writes a common noun', () => {
    const topicGraph = withFacts(
      [entity('ai', 'TECHNOLOGY', 'Artificial intelligence'), entity('oecd', 'GROUP', 'OECD countries')],
      [placed(100, 'eu', 'CALLS_ON', 'oecd', 'The EU will call upon the OECD countries to support safe AI.', { status: 'PLANNED' })],
    );
    const question = 'Whom will the European Union call upon to support AI?';
    const reading = readQuestion(question, named(question, { 'European Union': 'eu', AI: 'ai' }));
    expect(answerQuestion(question, reading, topicGraph).factIds).toEqual(['eu.CALLS_ON.oecd']);
    // Written in lower case it reads as a common word, which any quote may contain.
    const common = 'Whom will the European Union call upon to support safe ai?';
    const commonReading = readQuestion(common, named(common, { 'European Union': 'eu', ai: 'ai' }));
    expect(answerQuestion(common, commonReading, topicGraph).factIds).toEqual([]);
  });

  test('a question about someone the graph does not know is understood and answered "not in the graph", naming them', () => {
    const answer = ask('Which council did Taro Kono co-chair?', {});
    expect([answer.understood, answer.factIds]).toEqual([true, []]);
    expect(answer.text).toContain('"Taro Kono"');
  });

  test('a question of no supported form is not understood and gets a suggestion', () => {
    const answer = ask('Tell me a joke', {});
    expect(answer.understood).toBe(false);
    expect(answer.suggestion).toBeTruthy();
  });
});
