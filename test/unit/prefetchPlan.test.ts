/**
 * What an operation's relation pages read ahead (graphql/plugins/prefetchPlan.ts): evidence and
 * documents when selected, and other ends, evidence and documents brief (only the properties the
 * operation can show) when nothing else of them is selected where a page shows them.
 */
import { buildSchema, parse } from 'graphql';
import { prefetchPlanOf, rootValueWithPrefetch } from '../../src/graphql/plugins/prefetchPlan';
import { readTypeDefs } from '../../src/graphql/typeDefs';

const typeDefs = readTypeDefs();
const schema = buildSchema(typeDefs);
const planOf = (query: string) => prefetchPlanOf(schema, parse(query));
const page = (node: string) =>
  `query($id: ID!) { entity(id: $id) { id name relations(first: 20) { totalCount edges { node { ${node} } } } } }`;

describe('the prefetch plan of an operation', () => {
  it('reads a page of other ends, quotes and document titles brief (the bench relation page)', () => {
    expect(planOf(page('id type date status other { id name } evidence { quote start end document { id title } }'))).toEqual({
      relationEvidence: true,
      evidenceDocuments: true,
      documentTexts: false,
      briefOthers: true,
      briefEvidence: true,
      briefDocuments: true,
      factProperties: ['date', 'status'],
    });
  });

  it('names the fact properties selected of any relation, in one order', () => {
    expect(planOf(page('id other { id }')).factProperties).toEqual([]);
    expect(planOf(page('status role date')).factProperties).toEqual(['date', 'role', 'status']);
    expect(planOf(`${page('id')} query B { timeline { edges { node { relation { datePrecision } } } } }`).factProperties).toEqual([
      'datePrecision',
    ]);
  });

  it('reads an other end whole when any other field of it is selected, inline fragments included', () => {
    expect(planOf(page('other { id name description }')).briefOthers).toBe(false);
    expect(planOf(page('other { id ... on Event { date { value } } }')).briefOthers).toBe(false);
    expect(planOf(page('other { id ... on Event { name } }')).briefOthers).toBe(true);
    expect(planOf(page('other { id relations { totalCount } }')).briefOthers).toBe(false);
  });

  it('reads them whole where a named fragment is spread (its fields are not followed there)', () => {
    const query = `${page('other { ...End } evidence { ...Quote }')} fragment End on Entity { id name } fragment Quote on Evidence { quote }`;
    const plan = planOf(query);
    expect([plan.briefOthers, plan.briefEvidence]).toEqual([false, false]);
  });

  it('reads a relation page brief when its fields stand inside a fragment on Relation', () => {
    const query = `query($id: ID!) { entity(id: $id) { relations { edges { node { ...Fact } } } } } fragment Fact on Relation { other { id name } evidence { quote document { title } } }`;
    expect(planOf(query)).toMatchObject({ briefOthers: true, briefEvidence: true, briefDocuments: true });
  });

  it('reads evidence whole for its id, status, fact, and for the fields that load it themselves', () => {
    expect(planOf(page('evidence { id quote }')).briefEvidence).toBe(false);
    expect(planOf(page('evidence { status quote }')).briefEvidence).toBe(false);
    expect(planOf(page('evidence { fact { id } }')).briefEvidence).toBe(false);
    expect(planOf(page('evidence { quote } sources')).briefEvidence).toBe(false);
    expect(planOf(page('evidence { quote } statusHistory { status }')).briefEvidence).toBe(false);
  });

  it('reads other ends whole when from or to is selected (they load the entities)', () => {
    expect(planOf(page('other { id } from { id }')).briefOthers).toBe(false);
  });

  it('reads documents whole for any field but id and title', () => {
    expect(planOf(page('evidence { document { id title publisher } }')).briefDocuments).toBe(false);
    expect(planOf(page('evidence { document { text } }'))).toMatchObject({ documentTexts: true, briefDocuments: false });
  });

  it('is built once per parsed document', () => {
    const rootValue = rootValueWithPrefetch(typeDefs);
    const document = parse(page('other { id }'));
    expect(rootValue(document)).toBe(rootValue(document));
  });
});
