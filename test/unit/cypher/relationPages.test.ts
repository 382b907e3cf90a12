/**
 * The Cypher of a page of relations, for each variant the builder makes (direction, type filter,
 * what the operation prefetches), without a database: like @neo4j/graphql's TCK tests, a change
 * to a statement shows here as a readable diff. Behaviour is tested against Neo4j elsewhere.
 */
import { relationPagesQueryFor } from '../../../src/store/relations';
import { statement } from './statement';

describe('the Cypher of a page of relations', () => {
  it.each(['OUTGOING', 'INCOMING', 'BOTH'] as const)('for %s relations of any type puts the direction in the pattern', (direction) => {
    expect(statement(relationPagesQueryFor(direction, null, 'plain'))).toMatchSnapshot();
  });

  it('for one type writes the type into the pattern, so Neo4j reads only that relationship group', () => {
    expect(statement(relationPagesQueryFor('BOTH', ['MEMBER_OF'], 'plain'))).toMatchSnapshot();
  });

  it('for several types passes them as a parameter ($any($types)), never as text', () => {
    expect(statement(relationPagesQueryFor('OUTGOING', ['MEMBER_OF', 'PARTNER_OF'], 'plain'))).toMatchSnapshot();
  });

  it('with evidence prefetched brings each fact its evidence in the same statement', () => {
    expect(statement(relationPagesQueryFor('BOTH', null, 'withEvidence'))).toMatchSnapshot();
  });

  it("with evidence and documents prefetched brings the evidence's documents too, without their texts", () => {
    expect(statement(relationPagesQueryFor('BOTH', ['HOLDS_OFFICE'], 'withEvidenceAndDocuments'))).toMatchSnapshot();
  });

  it('with status and period filters adds their conditions on the fact, as parameters', () => {
    expect(statement(relationPagesQueryFor('BOTH', null, 'plain', { status: true, period: true }))).toMatchSnapshot();
  });

  it("brings the documents' texts only when the operation selects them", () => {
    expect(statement(relationPagesQueryFor('BOTH', ['HOLDS_OFFICE'], 'withEvidenceAndDocumentTexts'))).toMatchSnapshot();
  });

  it('reads other ends, evidence and documents brief when the operation shows only their id, name, quote and title', () => {
    const shape = { prefetch: 'withEvidenceAndDocuments', briefOthers: true, briefEvidence: true, briefDocuments: true } as const;
    expect(statement(relationPagesQueryFor('OUTGOING', ['PARTICIPATED_IN'], shape, undefined, true))).toMatchSnapshot();
  });

  it('builds each variant once: the same arguments give the same named query', () => {
    expect(relationPagesQueryFor('BOTH', ['MEMBER_OF'], 'plain')).toBe(relationPagesQueryFor('BOTH', ['MEMBER_OF'], 'plain'));
  });
});
