/**
 * Readings that keep an answer from being confidently wrong (issue #15, session 8): what a
 * question sets aside, a count in the question's own words, a claim asked as done that the graph
 * holds only as a forecast, how each source states a claim, a verb that cannot join the things
 * named, and no answer one step away without a relation asked for.
 */
import { answerQuestion } from '../../../src/domain/ask/answerQuestion';
import { readQuestion } from '../../../src/domain/ask/readQuestion';
import type { AskEntity, AskEvidence, AskGraph } from '../../../src/domain/ask/types';
import { askFact, named, quotedIn } from './askFacts';

const DOCS: Record<string, string> = {
  report: [
    'The council was held in Tokyo.',
    'They agreed to cooperate with core technologies such as AI and quantum.',
    'It also strengthens collaborations on data governance and cybersecurity.',
    'Strengthen efforts on chips resilience.',
    'The council was co-chaired by the Minister of Western Affairs.',
  ].join(' '),
  preview: 'The third council is set to take place in Tokyo. The Act is expected to formally become law in June.',
};

let evidenceCount = 0;
const quote =
  (documentId: string, text: string, status: AskEvidence['status'] = 'REPORTED') =>
  (factId: string) => {
    const start = DOCS[documentId]!.indexOf(text);
    if (start < 0) throw new Error(`not in ${documentId}: ${text}`);
    evidenceCount += 1;
    return { id: `ev-${evidenceCount}`, factId, documentId, quote: text, start, end: start + text.length, status };
  };
const entity = (id: string, type: AskEntity['type'], name: string): AskEntity => ({ id, type, name, date: null });

const entities = [
  entity('eu', 'BLOC', 'European Union'),
  entity('japan', 'COUNTRY', 'Japan'),
  entity('council', 'EVENT', 'Third Council'),
  entity('tokyo', 'PLACE', 'Tokyo'),
  entity('ai', 'TECHNOLOGY', 'Artificial intelligence'),
  entity('quantum', 'TECHNOLOGY', 'Quantum technology'),
  entity('data', 'POLICY_AREA', 'Data governance'),
  entity('cyber', 'POLICY_AREA', 'Cybersecurity'),
  entity('chips', 'POLICY_AREA', 'Chips resilience'),
  entity('act', 'LAW', 'The Act'),
  entity('minister', 'PERSON', 'Minister of Western Affairs'),
];
const CORE = 'They agreed to cooperate with core technologies such as AI and quantum.';
const ALSO = 'It also strengthens collaborations on data governance and cybersecurity.';
const heldIn = askFact('council', 'HELD_IN', 'tokyo', quote('report', 'The council was held in Tokyo.'));
heldIn.evidence.push(quote('preview', 'The third council is set to take place in Tokyo.', 'PLANNED')(heldIn.id));
const facts = [
  heldIn,
  ...['eu', 'japan'].map((id) => askFact(id, 'PARTICIPATED_IN', 'council', quote('report', 'The council was held in Tokyo.'))),
  askFact('council', 'COVERS', 'ai', quote('report', CORE)),
  askFact('council', 'COVERS', 'quantum', quote('report', CORE)),
  askFact('council', 'COVERS', 'data', quote('report', ALSO)),
  askFact('council', 'COVERS', 'cyber', quote('report', ALSO)),
  askFact('council', 'COVERS', 'chips', quote('report', 'Strengthen efforts on chips resilience.')),
  ...['eu', 'japan'].map((id) =>
    askFact(id, 'ADOPTS', 'act', quote('preview', 'The Act is expected to formally become law in June.', 'EXPECTED'), {
      status: 'EXPECTED',
    }),
  ),
  askFact('minister', 'CO_CHAIRED', 'council', quote('report', 'The council was co-chaired by the Minister of Western Affairs.')),
];
const graph: AskGraph = {
  entities: new Map(entities.map((e) => [e.id, e])),
  facts: new Map(facts.map((f) => [f.id, f])),
  documents: new Map([
    ['report', { id: 'report', title: 'Council held in Tokyo', publisher: null }],
    ['preview', { id: 'preview', title: 'Council preview', publisher: 'Newswire' }],
  ]),
};

const ask = (question: string, names: Record<string, string>) =>
  answerQuestion(question, readQuestion(question, named(question, names)), graph);

describe('status discipline and questions of two parts', () => {
  test('"besides the core technologies": what the evidence calls so is set aside, and the count is in the question\'s words', () => {
    const question = 'Besides the core technologies, on how many other fields does the Third Council strengthen collaboration?';
    const reading = readQuestion(question, named(question, { 'Third Council': 'council' }));
    expect(reading.excluded).toEqual(['core', 'technolog']);
    expect(reading.unexplained).toEqual([]);
    const answer = ask(question, { 'Third Council': 'council' });
    expect(answer.count).toBe(2);
    expect(answer.factIds.sort()).toEqual(['council.COVERS.cyber', 'council.COVERS.data']);
  });

  test('a claim asked as done is not answered by an expected fact: no fact offered, the forecast said in words', () => {
    const question = 'Which article reports that The Act became law?';
    expect(readQuestion(question, named(question, { 'The Act': 'act' })).claimsDone).toBe(true);
    const answer = ask(question, { 'The Act': 'act' });
    expect(answer.understood).toBe(true);
    expect(answer.factIds).toEqual([]);
    expect(answer.documentIds).toEqual([]);
    expect(answer.text).toMatch(/No source in the graph reports that as done.*expected to adopt The Act/);
  });

  test('the same claim asked as a forecast is answered by it', () => {
    const question = 'Which article says The Act is expected to become law?';
    expect(readQuestion(question, named(question, { 'The Act': 'act' })).claimsDone).toBe(false);
    expect(ask(question, { 'The Act': 'act' }).factIds.sort()).toEqual(['eu.ADOPTS.act', 'japan.ADOPTS.act']);
  });

  test('"was in Tokyo, and which reports it as held": the fact joining the two, and how each source states it', () => {
    const question = 'Which sources say the Third Council was in Tokyo, and which of them reports it as held?';
    const answer = ask(question, { 'Third Council': 'council', Tokyo: 'tokyo' });
    expect(answer.factIds).toEqual(['council.HELD_IN.tokyo']);
    expect(answer.documentIds).toEqual(['preview', 'report']);
    expect(answer.text).toMatch(/"Council preview": as planned; "Council held in Tokyo": reported as done/);
  });

  test('no answer one step away without a relation asked: the minister co-chaired a council the EU attended, and serves no one the graph says', () => {
    const answer = ask('Which country does the Minister of Western Affairs serve?', { 'Minister of Western Affairs': 'minister' });
    expect(answer.understood).toBe(true);
    expect(answer.factIds).toEqual([]);
  });
});

describe('connections of equal length', () => {
  const text =
    'They plan a joint call at the Ministerial meeting, convened under the Organisation. Both support the Process. The Organisation has members.';
  const at = quotedIn(text);
  const pathGraph: AskGraph = {
    entities: new Map(
      [
        entity('process', 'INITIATIVE', 'The Process'),
        entity('eu', 'BLOC', 'European Union'),
        entity('meeting', 'EVENT', 'Ministerial meeting'),
        entity('org', 'ORGANIZATION', 'The Organisation'),
      ].map((e) => [e.id, e]),
    ),
    facts: new Map(
      [
        askFact('eu', 'SUPPORTS', 'process', at('Both support the Process.')),
        askFact('eu', 'CALLS_FOR', 'process', at('They plan a joint call at the Ministerial meeting')),
        askFact('eu', 'PARTICIPATED_IN', 'meeting', at('a joint call at the Ministerial meeting')),
        askFact('meeting', 'CONVENED_UNDER', 'org', at('the Ministerial meeting, convened under the Organisation')),
      ].map((f) => [f.id, f]),
    ),
    documents: new Map([['doc', { id: 'doc', title: 'Preview', publisher: null }]]),
  };

  test('the path one passage tells comes first, whatever order the search found them in', () => {
    const question = 'How is The Process connected to The Organisation?';
    const reading = readQuestion(question, named(question, { 'The Process': 'process', 'The Organisation': 'org' }));
    const stitched = ['eu.SUPPORTS.process', 'eu.PARTICIPATED_IN.meeting', 'meeting.CONVENED_UNDER.org'];
    const told = ['eu.CALLS_FOR.process', 'eu.PARTICIPATED_IN.meeting', 'meeting.CONVENED_UNDER.org'];
    for (const paths of [
      [stitched, told],
      [told, stitched],
    ]) {
      const answer = answerQuestion(question, reading, pathGraph, paths);
      expect(answer.factIds).toEqual(told);
      expect(paths[answer.pathIndexes[0]!]).toBe(told);
    }
  });
});

describe('outcomes a source lists that the graph stores as what the participants did', () => {
  const text =
    'Outcomes: Chips: early warning. AI: They reiterated their commitment to the Process. Data: working groups. Later, the EU backed the Pact.';
  const at = quotedIn(text);
  const listGraph: AskGraph = {
    entities: new Map(
      [
        entity('eu', 'BLOC', 'European Union'),
        entity('japan', 'COUNTRY', 'Japan'),
        entity('council', 'EVENT', 'Tokyo Council'),
        entity('warning', 'INITIATIVE', 'Early warning'),
        entity('groups', 'INITIATIVE', 'Working groups'),
        entity('process', 'INITIATIVE', 'The Process'),
        entity('pact', 'INITIATIVE', 'The Pact'),
      ].map((e) => [e.id, e]),
    ),
    facts: new Map(
      [
        ...['eu', 'japan'].map((id) => askFact(id, 'PARTICIPATED_IN', 'council', at('Outcomes:'))),
        askFact('warning', 'OUTCOME_OF', 'council', at('Chips: early warning.')),
        askFact('groups', 'OUTCOME_OF', 'council', at('Data: working groups.')),
        ...['eu', 'japan'].map((id) => askFact(id, 'SUPPORTS', 'process', at('They reiterated their commitment to the Process.'))),
        ...['eu', 'japan'].map((id) => askFact(id, 'SUPPORTS', 'groups', at('Data: working groups.'))),
        askFact('eu', 'SUPPORTS', 'pact', at('the EU backed the Pact.')),
      ].map((f) => [f.id, f]),
    ),
    documents: new Map([['doc', { id: 'doc', title: 'Report', publisher: null }]]),
  };
  const askList = (question: string, names: Record<string, string>) =>
    answerQuestion(question, readQuestion(question, named(question, names)), listGraph);

  test('the outcomes of a meeting include what its participants did inside the passage listing them, and a count counts it once', () => {
    const outcomes = ['eu.SUPPORTS.process', 'groups.OUTCOME_OF.council', 'japan.SUPPORTS.process', 'warning.OUTCOME_OF.council'];
    expect(askList('What were the key outcomes of the Tokyo Council?', { 'Tokyo Council': 'council' }).factIds.sort()).toEqual(outcomes);
    const count = askList('How many key outcomes of the Tokyo Council are listed?', { 'Tokyo Council': 'council' });
    expect([count.count, count.factIds.sort()]).toEqual([3, outcomes]);
  });
});

describe('what was going to be done at a meeting', () => {
  const preview = 'At the Council both sides will say they will support the Process. The Process was set up by the G7.';
  const report = 'They reiterated their support for the Process.';
  const texts: Record<string, string> = { preview, report };
  const at =
    (documentId: string, fragment: string, status: AskEvidence['status'] = 'PLANNED') =>
    (factId: string) => {
      const start = texts[documentId]!.indexOf(fragment);
      return { id: `ev-${documentId}-${factId}`, factId, documentId, quote: fragment, start, end: start + fragment.length, status };
    };
  const supports = (id: string) => {
    const fact = askFact(id, 'SUPPORTS', 'process', at('preview', 'both sides will say they will support the Process'));
    fact.evidence.push(at('report', report, 'REPORTED')(fact.id));
    return fact;
  };
  const meetingGraph: AskGraph = {
    entities: new Map(
      [
        entity('eu', 'BLOC', 'European Union'),
        entity('japan', 'COUNTRY', 'Japan'),
        entity('council', 'EVENT', 'April Council'),
        entity('process', 'INITIATIVE', 'The Process'),
        entity('g7', 'ORGANIZATION', 'G7'),
      ].map((e) => [e.id, e]),
    ),
    facts: new Map(
      [
        ...['eu', 'japan'].map((id) =>
          askFact(id, 'PARTICIPATED_IN', 'council', at('preview', 'At the Council both sides will say'), { status: 'PLANNED' }),
        ),
        supports('eu'),
        supports('japan'),
        askFact('g7', 'LAUNCHED', 'process', at('preview', 'The Process was set up by the G7.', 'REPORTED')),
      ].map((f) => [f.id, f]),
    ),
    documents: new Map([
      ['preview', { id: 'preview', title: 'Preview', publisher: null }],
      ['report', { id: 'report', title: 'Report', publisher: null }],
    ]),
  };

  test('is what a source says is to be said there, in the words of one of its facts, planned in that source', () => {
    const question = 'What was going to be announced at the April Council?';
    const answer = answerQuestion(question, readQuestion(question, named(question, { 'April Council': 'council' })), meetingGraph);
    expect(answer.factIds.sort()).toEqual(['eu.SUPPORTS.process', 'japan.SUPPORTS.process']);
    expect(answer.text).toMatch(/planned in one source, reported as done in another/);
  });
});

describe('one step away and co-parties', () => {
  const text =
    'The Office will supervise general AI. The Office is part of the Commission. On May 13th, Wiess, Kiuchi and Virkkunen signed the letter.';
  const at = quotedIn(text);
  const stepGraph: AskGraph = {
    entities: new Map(
      [
        entity('office', 'ORGANIZATION', 'AI Office'),
        entity('commission', 'ORGANIZATION', 'European Commission'),
        entity('gpai', 'TECHNOLOGY', 'General AI'),
        entity('wiess', 'PERSON', 'Wiess'),
        entity('kiuchi', 'PERSON', 'Minoru Kiuchi'),
        entity('virkkunen', 'PERSON', 'Henna Virkkunen'),
        entity('letter', 'AGREEMENT', 'Letter of intent'),
      ].map((e) => [e.id, e]),
    ),
    facts: new Map(
      [
        askFact('office', 'SUPERVISES', 'gpai', at('The Office will supervise general AI.')),
        askFact('office', 'PART_OF', 'commission', at('The Office is part of the Commission.')),
        ...['wiess', 'kiuchi', 'virkkunen'].map((id) =>
          askFact(id, 'SIGNED', 'letter', at('Wiess, Kiuchi and Virkkunen signed the letter.')),
        ),
      ].map((f) => [f.id, f]),
    ),
    documents: new Map([['doc', { id: 'doc', title: 'Report', publisher: null }]]),
  };
  const askStep = (question: string, names: Record<string, string>) =>
    answerQuestion(question, readQuestion(question, named(question, names)), stepGraph);

  test('"the body that will supervise X": a broad noun with an explicit relative clause is the entity in between', () => {
    const answer = askStep('Which institution does the body that will supervise General AI belong to?', { 'General AI': 'gpai' });
    expect(answer.factIds.sort()).toEqual(['office.PART_OF.commission', 'office.SUPERVISES.gpai']);
  });

  test('"who did Kiuchi sign the letter with": the others, and his own signing they share', () => {
    const answer = askStep('Who did Minoru Kiuchi sign the Letter of intent with?', {
      'Minoru Kiuchi': 'kiuchi',
      'Letter of intent': 'letter',
    });
    expect(answer.factIds.sort()).toEqual(['kiuchi.SIGNED.letter', 'virkkunen.SIGNED.letter', 'wiess.SIGNED.letter']);
  });
});

describe('questions of two parts', () => {
  test('are read by their first part; the second is answered where the facts can (how each source states it) or said to be unanswered', () => {
    const question = 'Which sources say the Third Council was in Tokyo, and which of them reports it as held?';
    const reading = readQuestion(question, named(question, { 'Third Council': 'council', Tokyo: 'tokyo' }));
    expect([reading.secondPart, reading.relationTypes]).toEqual(['which of them reports it as held', []]);
    const other = 'Who co-chaired the Third Council, and where was it held?';
    const answer = ask(other, { 'Third Council': 'council' });
    expect(answer.factIds).toEqual(['minister.CO_CHAIRED.council']);
    expect(answer.text).toMatch(/Only the first part of the question is answered; ask "where was it held\?" on its own\.$/);
    expect(answer.interpretation).toMatch(/second part: "where was it held"/);
  });
});
