/**
 * The Cypher of a list of entities, for each variant the builder makes (order, one type or
 * several, name prefix, period of the facts), without a database. Behaviour is tested against
 * Neo4j elsewhere (test/integration/analystQueries.test.ts).
 */
import type { EntityListFilter } from '../../../src/store/entityList';
import { listQueryFor } from '../../../src/store/entityList';
import { NO_PREFETCH, relationPagesPart } from '../../../src/store/relations';
import { statement } from './statement';

const NO_FILTER: EntityListFilter = {
  types: null,
  prefix: null,
  factsFrom: null,
  factsTo: null,
  factStatus: null,
  orderBy: 'NAME_ASC',
  offset: 0,
  first: 20,
};

describe('the Cypher of a list of entities', () => {
  it('without filters counts and pages every entity by name', () => {
    expect(statement(listQueryFor('NAME_ASC', NO_FILTER))).toMatchSnapshot();
  });

  it("of one type matches that type's label instead of testing every entity's type", () => {
    expect(statement(listQueryFor('NAME_ASC', { ...NO_FILTER, types: ['PERSON'] }))).toMatchSnapshot();
  });

  it('of several types tests the type against a parameter', () => {
    expect(statement(listQueryFor('NAME_DESC', { ...NO_FILTER, types: ['COUNTRY', 'BLOC'] }))).toMatchSnapshot();
  });

  it('by name prefix and the period of their facts adds both conditions, as parameters', () => {
    expect(statement(listQueryFor('NAME_ASC', { ...NO_FILTER, prefix: 'eu', factsFrom: '2023', factsTo: null }))).toMatchSnapshot();
  });

  it('with facts of some statuses tests the status of a live fact, as a parameter', () => {
    expect(statement(listQueryFor('NAME_ASC', { ...NO_FILTER, factStatus: ['PLANNED', 'EXPECTED'] }))).toMatchSnapshot();
  });

  it('by period and status asks both of one fact', () => {
    expect(
      statement(listQueryFor('NAME_ASC', { ...NO_FILTER, types: ['EVENT'], factsFrom: '2026', factStatus: ['PLANNED'] })),
    ).toMatchSnapshot();
  });

  it("with its nodes' relation pages reads them for the listed ids in the same statement, parameters named apart", () => {
    const relations = relationPagesPart(
      'ids',
      { types: ['PARTICIPATED_IN'], direction: 'OUTGOING', statuses: null, from: null, to: null, offset: 0, first: 5 },
      NO_PREFETCH,
    );
    const query = listQueryFor('NAME_ASC', { ...NO_FILTER, types: ['COUNTRY', 'BLOC'] }, relations);
    expect(query.name).toBe('listEntities:NAME_ASC:Entity:types:withRelations:OUTGOING:PARTICIPATED_IN:plain');
    expect(Object.keys(relations.parameters).sort()).toEqual(['first', 'fromKey', 'offset', 'statuses', 'toKey', 'types']);
    expect(statement(query)).toMatchSnapshot();
  });

  it('by number of relations sorts by the live facts each entity has', () => {
    expect(statement(listQueryFor('RELATION_COUNT_DESC', { ...NO_FILTER, types: ['ORGANIZATION'] }))).toMatchSnapshot();
  });
});
