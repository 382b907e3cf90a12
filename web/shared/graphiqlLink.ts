/**
 * A link that opens GraphiQL with an operation already in its editor: the explorer's Ask box
 * hands its answer's equivalent GraphQL over this way. The parameters are not `query` and
 * `variables`: a GET /graphql that carries `query` is a GraphQL request over HTTP and goes to
 * Apollo (src/http/routes/graphql.ts), not to GraphiQL.
 */
export const OPEN_QUERY = 'openQuery';
export const OPEN_VARIABLES = 'openVariables';

export function graphiqlHref(query: string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ [OPEN_QUERY]: query });
  if (variables && Object.keys(variables).length > 0) params.set(OPEN_VARIABLES, JSON.stringify(variables, null, 2));
  return `/graphql?${params.toString()}`;
}

/** The operation a link handed to GraphiQL (location.search), if any. */
export function linkedOperation(search: string): { query?: string; variables?: string } {
  const params = new URLSearchParams(search);
  return { query: params.get(OPEN_QUERY) ?? undefined, variables: params.get(OPEN_VARIABLES) ?? undefined };
}
