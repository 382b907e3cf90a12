import { answerQuestion } from '../../../src/domain/ask/answerQuestion';
import { findNames } from '../../../src/domain/ask/findNames';
import { readQuestion } from '../../../src/domain/ask/readQuestion';
import type { AskEntity, AskGraph } from '../../../src/domain/ask/types';
import { buildNameIndex } from '../../../src/domain/names';
import { factsQuotedBy, named } from './askFacts';

const DOCUMENT = [
  'The Partnership was signed at the 28th Summit.',
  'Leaders met at the Summit in 2023.',
  'The second Council and the third Council were held under the Partnership.',
  'The council was co-chaired by Minister of Digital Affairs and Deputy Minister of Economy, Trade and Industry.',
  'They plan to make a joint call at the Ministerial meeting taking place in Paris, for its swift implementation.',
  'The Agency is to sign a memorandum with the Commission that will implement trusted data flows.',
  'At the second Council the EU and Japan launched a chips forum and took up chips supply chains.',
  'In Osaka the ministerial, attended by the EU and Japan, agreed early warning on semiconductor resilience.',
].join(' ');

/** Evidence quoting `text` where it stands in DOCUMENT (overlapping quotes share words). */
const quote = (factId: string, text: string) => {
  const start = DOCUMENT.indexOf(text);
  if (start < 0) throw new Error(`not in the document: ${text}`);
  return { id: `ev-${factId}`, factId, documentId: 'doc', quote: text, start, end: start + text.length, status: 'REPORTED' as const };
};
const entity = (id: string, type: AskEntity['type'], name: string): AskEntity => ({ id, type, name, date: null });
const fact = factsQuotedBy(quote);

const entities = [
  entity('eu', 'BLOC', 'European Union'),
  entity('japan', 'COUNTRY', 'Japan'),
  entity('partnership', 'AGREEMENT', 'Digital Partnership'),
  entity('summit-28', 'EVENT', '28th EU-Japan Summit'),
  entity('summit-2023', 'EVENT', 'EU-Japan Summit 2023'),
  entity('council-2', 'EVENT', 'Second Digital Partnership Council'),
  entity('council-3', 'EVENT', 'Third Digital Partnership Council'),
  entity('digital-minister', 'PERSON', "Japan's Minister of Digital Affairs"),
  entity('meti-deputy', 'PERSON', "Japan's Deputy Minister of Economy, Trade and Industry"),
  entity('hap', 'INITIATIVE', 'Hiroshima AI Process'),
  entity('ministerial', 'EVENT', 'Ministerial Meeting 2024'),
  entity('paris', 'PLACE', 'Paris'),
  entity('agency', 'ORGANIZATION', 'Digital Agency'),
  entity('commission', 'ORGANIZATION', 'European Commission'),
  entity('moc', 'AGREEMENT', 'Memorandum on data'),
  entity('trust', 'POLICY_AREA', 'Trusted data flows'),
  entity('forum', 'INITIATIVE', 'Chips forum'),
  entity('chips', 'POLICY_AREA', 'Chips supply chains'),
  entity('osaka', 'PLACE', 'Osaka'),
  entity('osaka-ministerial', 'EVENT', 'Osaka Ministerial'),
  entity('semis', 'TECHNOLOGY', 'Semiconductors'),
  entity('resilience', 'POLICY_AREA', 'Semiconductor resilience'),
  entity('warning', 'INITIATIVE', 'Early warning'),
];
const planned = { status: 'PLANNED' as const };
const facts = [
  fact('partnership', 'SIGNED_AT', 'summit-28', 'The Partnership was signed at the 28th Summit.'),
  fact('eu', 'PARTICIPATED_IN', 'summit-2023', 'Leaders met at the Summit in 2023.'),
  fact('japan', 'PARTICIPATED_IN', 'summit-2023', 'Leaders met at the Summit in 2023.'),
  fact('council-2', 'CONVENED_UNDER', 'partnership', 'The second Council'),
  fact('council-3', 'CONVENED_UNDER', 'partnership', 'the third Council were held under the Partnership'),
  fact('council-3', 'FOLLOWS', 'council-2', 'The second Council and the third Council'),
  ...['digital-minister', 'meti-deputy'].map((id) =>
    fact(
      id,
      'CO_CHAIRED',
      'council-3',
      'The council was co-chaired by Minister of Digital Affairs and Deputy Minister of Economy, Trade and Industry.',
    ),
  ),
  ...['eu', 'japan'].map((id) =>
    fact(
      id,
      'CALLS_FOR',
      'hap',
      'They plan to make a joint call at the Ministerial meeting taking place in Paris, for its swift implementation.',
      planned,
    ),
  ),
  fact('eu', 'PARTICIPATED_IN', 'ministerial', 'They plan to make a joint call at the Ministerial meeting', planned),
  fact('ministerial', 'HELD_IN', 'paris', 'the Ministerial meeting taking place in Paris', planned),
  fact('agency', 'SIGNED', 'moc', 'The Agency is to sign a memorandum', planned),
  fact('commission', 'SIGNED', 'moc', 'a memorandum with the Commission', planned),
  fact('moc', 'IMPLEMENTS', 'trust', 'a memorandum with the Commission that will implement trusted data flows', planned),
  ...['eu', 'japan'].map((id) => fact(id, 'LAUNCHED', 'forum', 'the EU and Japan launched a chips forum')),
  fact('forum', 'LAUNCHED_AT', 'council-2', 'At the second Council the EU and Japan launched a chips forum'),
  fact('council-2', 'COVERS', 'chips', 'took up chips supply chains'),
  fact('osaka-ministerial', 'HELD_IN', 'osaka', 'In Osaka the ministerial'),
  ...['eu', 'japan'].map((id) => fact(id, 'PARTICIPATED_IN', 'osaka-ministerial', 'the ministerial, attended by the EU and Japan')),
  fact('osaka-ministerial', 'COVERS', 'semis', 'agreed early warning on semiconductor'),
  fact('warning', 'OUTCOME_OF', 'osaka-ministerial', 'the ministerial, attended by the EU and Japan, agreed early warning'),
  fact('warning', 'COVERS', 'semis', 'early warning on semiconductor'),
  fact('warning', 'COVERS', 'resilience', 'early warning on semiconductor resilience'),
];
const graph: AskGraph = {
  entities: new Map(entities.map((e) => [e.id, e])),
  facts: new Map(facts.map((f) => [f.id, f])),
  documents: new Map([['doc', { id: 'doc', title: 'A report', publisher: null }]]),
};

const ask = (question: string, names: Record<string, string>) =>
  answerQuestion(question, readQuestion(question, named(question, names)), graph);

describe('readings of the ask grammar', () => {
  test('"what did Japan take part in" asks who took part; "encouraged to take part in" asks who is encouraged to join', () => {
    const took = 'What did Japan take part in?';
    expect(readQuestion(took, named(took, { Japan: 'japan' })).relationTypes).toEqual(['PARTICIPATED_IN']);
    const encouraged = 'Who is encouraged to take part in the Digital Partnership?';
    expect(readQuestion(encouraged, named(encouraged, { 'Digital Partnership': 'partnership' })).relationTypes).toEqual([
      'ENCOURAGED_TO_JOIN',
    ]);
  });

  test('a count of councils under a partnership counts the events called councils, not the summit it was signed at', () => {
    const answer = ask('How many Digital Partnership Councils are mentioned?', { 'Digital Partnership': 'partnership' });
    expect(answer.count).toBe(2);
    expect(answer.factIds.sort()).toEqual(['council-2.CONVENED_UNDER.partnership', 'council-3.CONVENED_UNDER.partnership']);
  });

  test('a count with nothing named counts the entities whose names carry the noun and the other words asked', () => {
    const answer = ask('How many EU-Japan summits do the articles mention?', {});
    expect(answer.count).toBe(2);
    expect(answer.factIds.sort()).toEqual([
      'eu.PARTICIPATED_IN.summit-2023',
      'japan.PARTICIPATED_IN.summit-2023',
      'partnership.SIGNED_AT.summit-28',
    ]);
  });

  test("an acronym is explained by the initials of a name's words, not by a quote naming several post-holders", () => {
    const answer = ask('Which METI official co-chaired the Third Digital Partnership Council?', {
      'Third Digital Partnership Council': 'council-3',
    });
    expect(answer.factIds).toEqual(['meti-deputy.CO_CHAIRED.council-3']);
  });

  test('where a planned call is made: the place of the meeting stated in the same words as the call', () => {
    const question = 'In which city will the EU and Japan make their joint call for the Hiroshima AI Process?';
    const answer = ask(question, { EU: 'eu', Japan: 'japan', 'Hiroshima AI Process': 'hap' });
    expect(answer.factIds.sort()).toEqual(['eu.CALLS_FOR.hap', 'japan.CALLS_FOR.hap', 'ministerial.HELD_IN.paris']);
    expect(answer.text).toMatch(/planned/);
  });

  test('one step away, what the link says is not asked again: the agreement the agency is to sign, and what it implements', () => {
    const answer = ask('What will the agreement the Digital Agency is to sign implement?', { 'Digital Agency': 'agency' });
    expect(answer.factIds.sort()).toEqual(['agency.SIGNED.moc', 'moc.IMPLEMENTS.trust']);
  });

  test('what two actors did at a meeting: what they did there and what the meeting took up', () => {
    const question = 'What did the EU and Japan do at the Second Digital Partnership Council?';
    const answer = ask(question, { EU: 'eu', Japan: 'japan', 'Second Digital Partnership Council': 'council-2' });
    expect(answer.factIds.sort()).toEqual([
      'council-2.COVERS.chips',
      'eu.LAUNCHED.forum',
      'forum.LAUNCHED_AT.council-2',
      'japan.LAUNCHED.forum',
    ]);
  });

  test('the words naming a source ("the Tokyo article") need not be in the facts it states', () => {
    const question = 'What does the Tokyo article say is still to come?';
    const reading = readQuestion(question, named(question, { Tokyo: 'tokyo' }));
    expect([reading.sourceHint, reading.named, reading.unexplained]).toEqual(['Tokyo', [], []]);
  });
});

describe('names of meetings described', () => {
  test('"the third" alone names the meeting of the kind an ordinal described before it', () => {
    const index = buildNameIndex(
      entities.filter((e) => e.type === 'EVENT').map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: [] })),
    );
    const found = findNames('How does the second council relate to the third?', index);
    expect(found.map((name) => [name.entityId, name.text])).toEqual([
      ['council-2', 'second council'],
      ['council-3', 'third'],
    ]);
  });

  test('a plural kind noun after a name is the head of the phrase, not a word of the name ("... Partnership Councils")', () => {
    const index = buildNameIndex([{ id: 'partnership', type: 'AGREEMENT', name: 'EU-Japan Digital Partnership', aliases: [] }]);
    const found = findNames('How many EU-Japan Digital Partnership Councils are mentioned?', index);
    expect(found.map((name) => [name.entityId, name.text])).toEqual([['partnership', 'EU-Japan Digital Partnership']]);
  });

  test('a memorandum described by its topics is the one agreement linked to them all, not the topics', () => {
    const index = buildNameIndex([
      { id: 'identity', type: 'POLICY_AREA', name: 'Digital identity', aliases: [] },
      { id: 'trust', type: 'POLICY_AREA', name: 'Trust services', aliases: [] },
      { id: 'moc', type: 'AGREEMENT', name: 'Memorandum of Cooperation', aliases: [], related: ['identity', 'trust'] },
      { id: 'other', type: 'AGREEMENT', name: 'Memorandum on chips', aliases: [], related: ['identity'] },
    ]);
    const found = findNames('What still has to happen with the memorandum on digital identity and trust services?', index);
    expect(found.map((name) => [name.entityId, name.text])).toEqual([['moc', 'memorandum on digital identity and trust services']]);
  });

  test('what actors agreed on a topic at the meeting held in a place: the outcome, with what it covers', () => {
    const question = 'What did the EU and Japan agree on semiconductors in Osaka?';
    const answer = ask(question, { EU: 'eu', Japan: 'japan', semiconductors: 'semis', Osaka: 'osaka' });
    expect(answer.factIds.sort()).toEqual(['warning.COVERS.resilience', 'warning.COVERS.semis', 'warning.OUTCOME_OF.osaka-ministerial']);
  });
});
