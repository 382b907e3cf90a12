/**
 * The pages' only way to the data: a GraphQL POST to this server's public /graphql endpoint.
 * JSON POSTs need no CSRF header (Apollo only asks it of simple requests).
 */
export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export async function postGraphQL<T>(
  body: { query: string; variables?: Record<string, unknown>; operationName?: string | null },
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Runs one operation and returns its data, or throws the first error's message (headers: e.g. an editor's Authorization). */
export async function runQuery<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const { data, errors } = await postGraphQL<T>({ query, variables }, headers);
  if (errors?.length) throw new Error(errors[0]!.message);
  if (data == null) throw new Error('The server returned no data.');
  return data;
}
