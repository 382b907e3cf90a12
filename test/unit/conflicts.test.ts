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
