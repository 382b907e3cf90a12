import { graphiqlHref, linkedOperation } from '../../web/shared/graphiqlLink';

describe('links that open GraphiQL with an operation', () => {
  it('carries the operation and its variables to GraphiQL unchanged', () => {
    const query = 'query Ask($q: String!) {\n  ask(question: $q) { text }\n}\n# "quoted" & ampersands';
    const href = graphiqlHref(query, { q: 'Who co-chaired?' });
    expect(href.startsWith('/graphql?')).toBe(true);
    const linked = linkedOperation(href.slice(href.indexOf('?')));
    expect(linked.query).toBe(query);
    expect(JSON.parse(linked.variables!)).toEqual({ q: 'Who co-chaired?' });
  });

  it('never names the parameter query, which would make GET /graphql a GraphQL request instead of GraphiQL', () => {
    const params = new URLSearchParams(graphiqlHref('{ __typename }').split('?')[1]);
    expect(params.has('query')).toBe(false);
    expect(linkedOperation('?other=1')).toEqual({ query: undefined, variables: undefined });
  });
});
