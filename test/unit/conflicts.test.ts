import { findConflicts, type Statement } from '../../src/domain/conflicts';

const person = (id: string, isName = false) => ({ id, name: id, type: 'PERSON', isName });
const entity = (id: string, type: string) => ({ id, name: id, type, isName: false });

function said(documentId: string, type: string, from: Statement['from'], to: Statement['to'], extra: Partial<Statement> = {}): Statement {
  return {
    documentId,
    documentTitle: documentId,
    publishedAt: '2025',
    machineTranslated: documentId.startsWith('mt-'),
    type,
    from,
    to,
    status: 'REPORTED',
    date: null,
    dateInferred: null,
    role: null,
    quote: `${from.id} ${type} ${to.id}`,
    start: 0,
    end: 1,
    factId: null,
    proposalId: 'p',
    ...extra,
  };
}
const fact = (documentId: string, type: string, from: Statement['from'], to: Statement['to'], extra: Partial<Statement> = {}) =>
  said(documentId, type, from, to, { factId: `${from.id}.${type}.${to.id}`, proposalId: null, ...extra });

const council = entity('council', 'EVENT');

describe('conflicts over the parties of an event', () => {
  const seed = ['a', 'b', 'phantom'].map((id) => fact('mt-seed', 'CO_CHAIRED', person(id), council));

  it('flags the party a better source leaves out, resting only on a machine-translated source', () => {
    const [conflict, ...rest] = findConflicts(
      [...seed, ...['a', 'b'].map((id) => said('release', 'CO_CHAIRED', person(id), council))],
      new Map(),
    );
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ kind: 'PARTIES', aboutId: 'council', factIds: ['phantom.CO_CHAIRED.council'] });
    expect(conflict!.reason).toContain('rests only on (mt-seed, machine-translated)');
    expect(conflict!.sides.map((side) => [side.documentId, side.role])).toEqual([
      ['mt-seed', 'FLAGGED'],
      ['release', 'CONTRADICTING'],
    ]);
  });

  it('flags nobody when the other list names someone the graph lacks (it may be the missing party)', () => {
    const other = [said('copy', 'CO_CHAIRED', person('a'), council), said('copy', 'CO_CHAIRED', person('New Name', true), council)];
    expect(findConflicts([...seed, ...other], new Map())).toEqual([]);
  });

  it('needs a list of two from the other source, sharing a party with the fact’s sources', () => {
    expect(findConflicts([...seed, said('one', 'CO_CHAIRED', person('a'), council)], new Map())).toEqual([]);
    const strangers = ['x', 'y'].map((id) => said('other', 'CO_CHAIRED', person(id), council));
    expect(findConflicts([...seed, ...strangers], new Map())).toEqual([]);
  });

  it('does not count a POSSIBLE proposal against anyone', () => {
    const weak = ['a', 'b'].map((id) => said('release', 'CO_CHAIRED', person(id), council, { status: 'POSSIBLE' }));
    expect(findConflicts([...seed, ...weak], new Map())).toEqual([]);
  });
});

describe('conflicts over one place or one date', () => {
  it('flags an event held in another place by another source', () => {
    const [conflict] = findConflicts(
      [fact('seed', 'HELD_IN', council, entity('tokyo', 'PLACE')), said('report', 'HELD_IN', council, entity('brussels', 'PLACE'))],
      new Map(),
    );
    expect(conflict).toMatchObject({ kind: 'OTHER_VALUE', aboutId: 'council', factIds: ['council.HELD_IN.tokyo'] });
    expect(conflict!.reason).toContain('tokyo (seed)');
    expect(conflict!.reason).toContain('brussels (report)');
  });

  it('flags another stated date at the precision both give, and not a finer date that agrees', () => {
    const place = entity('tokyo', 'PLACE');
    const dated = new Map([['council.HELD_IN.tokyo', { factId: 'council.HELD_IN.tokyo', date: '2025-05-12', dateInferred: false }]]);
    const seedFact = fact('seed', 'HELD_IN', council, place, { date: '2025-05-12' });
    expect(findConflicts([seedFact, said('finer', 'HELD_IN', council, place, { date: '2025-05' })], dated)).toEqual([]);
    expect(
      findConflicts([seedFact, said('inferred', 'HELD_IN', council, place, { date: '2025-05-13', dateInferred: true })], dated),
    ).toEqual([]);
    const [conflict] = findConflicts(
      [seedFact, said('other', 'HELD_IN', council, place, { date: '2025-05-13', dateInferred: false })],
      dated,
    );
    expect(conflict).toMatchObject({ kind: 'DATE', factIds: ['council.HELD_IN.tokyo'] });
    expect(conflict!.reason).toContain('says 2025-05-13');
  });
});

describe('a plan that a later report does not carry out', () => {
  const letter = entity('letter', 'AGREEMENT');
  const planned = fact('preview', 'SIGNED', person('a'), letter, {
    status: 'PLANNED',
    date: '2025-05-13',
    publishedAt: '2025-05-12',
  });
  const dated = new Map([['a.SIGNED.letter', { factId: 'a.SIGNED.letter', date: '2025-05-13', dateInferred: false }]]);
  const report = (documentId: string, publishedAt: string, signer = 'b') =>
    said(documentId, 'SIGNED', person(signer), letter, { publishedAt, status: 'REPORTED' });

  it('flags a planned signer that a report published after the date leaves out, with both sides', () => {
    const [conflict, ...rest] = findConflicts([planned, report('report', '2025-05-14')], dated);
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ kind: 'NOT_REPORTED', aboutId: 'letter', factIds: ['a.SIGNED.letter'] });
    expect(conflict!.reason).toContain('PLANNED for 2025-05-13');
    expect(conflict!.reason).toContain('published 2025-05-14');
    expect(conflict!.sides.map((side) => [side.documentId, side.role])).toEqual([
      ['preview', 'FLAGGED'],
      ['report', 'CONTRADICTING'],
    ]);
  });

  it('flags nothing when the later document reports the fact, when it is not later at the precision both give, or when it only plans too', () => {
    expect(findConflicts([planned, report('report', '2025-05-14'), report('report', '2025-05-14', 'a')], dated)).toEqual([]);
    expect(findConflicts([planned, report('same-month', '2025-05')], dated)).toEqual([]);
    expect(findConflicts([planned, { ...report('preview-2', '2025-05-14'), status: 'PLANNED' }], dated)).toEqual([]);
  });

  it('is ruled out by any source that reports the fact, earlier or later', () => {
    const reported = fact('other', 'SIGNED', person('a'), letter, { status: 'REPORTED', publishedAt: '2025-05-13' });
    expect(findConflicts([planned, reported, report('report', '2025-05-14')], dated)).toEqual([]);
  });
});

describe('who held which post at an event', () => {
  const office = (documentId: string, who: string, role: string, isFact = false) =>
    (isFact ? fact : said)(documentId, 'HOLDS_OFFICE', person(who), entity('japan', 'COUNTRY'), { role });
  const chaired = (documentId: string, who: string) => said(documentId, 'CO_CHAIRED', person(who), council);

  it('flags another rank for the same person at the same council', () => {
    const [conflict, ...rest] = findConflicts(
      [
        office('mt-seed', 'takeuchi', 'Deputy Minister of Economy, Trade and Industry', true),
        chaired('mt-seed', 'takeuchi'),
        office('release', 'takeuchi', 'Parliamentary Vice-Minister of Economy, Trade'),
        chaired('release', 'takeuchi'),
      ],
      new Map(),
    );
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ kind: 'ROLE', aboutId: 'takeuchi', relationType: 'HOLDS_OFFICE' });
    expect(conflict!.factIds).toEqual(['takeuchi.HOLDS_OFFICE.japan']);
    expect(conflict!.reason).toContain('Parliamentary Vice-Minister');
    expect(conflict!.sides.map((side) => [side.documentId, side.role])).toEqual([
      ['mt-seed', 'FLAGGED'],
      ['release', 'CONTRADICTING'],
    ]);
  });

  it('flags the same post given to two people at the same council', () => {
    const [conflict] = findConflicts(
      [
        office('old', 'kono', 'Minister for Digital Transformation', true),
        chaired('old', 'kono'),
        office('new', 'taira', 'Minister for Digital Transformation'),
        chaired('new', 'taira'),
        chaired('new', 'other'),
      ],
      new Map(),
    );
    expect(conflict).toMatchObject({ kind: 'ROLE', aboutId: 'japan', factIds: ['kono.HOLDS_OFFICE.japan'] });
  });

  it('flags nothing for a reworded portfolio, for another occasion, or for posts both sources give', () => {
    const reworded = [
      office('a', 'lee', 'Minister for Science and ICT', true),
      chaired('a', 'lee'),
      office('b', 'lee', 'Korean Minister of Science'),
      chaired('b', 'lee'),
    ];
    expect(findConflicts(reworded, new Map())).toEqual([]);
    const elsewhere = [
      office('first', 'kono', 'Minister for Digital Transformation', true),
      chaired('first', 'kono'),
      office('third', 'taira', 'Minister for Digital Transformation'),
      said('third', 'CO_CHAIRED', person('taira'), entity('third-council', 'EVENT')),
    ];
    expect(findConflicts(elsewhere, new Map())).toEqual([]);
    const both = [
      ...['kono', 'taira'].map((who) => office('x', who, 'Minister for Digital Transformation')),
      chaired('x', 'kono'),
      chaired('x', 'taira'),
    ];
    expect(
      findConflicts([...both, office('y', 'taira', 'Minister for Digital Transformation', true), chaired('y', 'taira')], new Map()),
    ).toEqual([]);
  });
});
