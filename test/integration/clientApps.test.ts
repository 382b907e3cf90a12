/**
 * The client set-ups README "Client apps" shows, run with their default settings against the
 * real HTTP server: urql (its default sends queries by GET) and Apollo Client 4 with the shipped
 * possibleTypes (a fragment on the `Entity` interface reads back its fields). Each client's fetch
 * is only wrapped to record the request method; nothing else is configured.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';
import generated from '../../src/__generated__/possibleTypes.json';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';

let server: HttpTestServer;
beforeAll(async () => {
  server = await startHttpTestServer();
});
afterAll(async () => {
  await server.close();
});

/** fetch, recording each request's method. */
function recordingFetch(methods: string[]): typeof fetch {
  return (input, init) => {
    methods.push(init?.method ?? 'GET');
    return fetch(input, init);
  };
}

const ENTITY_CARD = `
  query EntityCard($id: ID!) {
    entity(id: $id) {
      id
      ...EntityCard
    }
  }
  fragment EntityCard on Entity {
    name
    type
    aliases
  }
`;

describe('client apps with their default settings', () => {
  it('answers urql, which sends a query by GET, with the fragment on Entity filled in', async () => {
    const methods: string[] = [];
    const client = new Client({ url: `${server.url}/graphql`, exchanges: [cacheExchange, fetchExchange], fetch: recordingFetch(methods) });
    const result = await client.query(gql(ENTITY_CARD), { id: 'japan' }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.entity).toMatchObject({ id: 'japan', name: 'Japan', type: 'COUNTRY' });
    expect(methods).toEqual(['GET']);
  });

  it('answers Apollo Client 4 with the shipped possibleTypes, the fragment on Entity filled in', async () => {
    const methods: string[] = [];
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${server.url}/graphql`, fetch: recordingFetch(methods) }),
      cache: new InMemoryCache({ possibleTypes: generated.possibleTypes }),
    });
    const { data, error } = await client.query<{ entity: { name: string; type: string } }>({
      query: apolloGql(ENTITY_CARD),
      variables: { id: 'japan' },
    });
    expect(error).toBeUndefined();
    expect(data?.entity).toMatchObject({ __typename: 'Country', id: 'japan', name: 'Japan', type: 'COUNTRY' });
    expect(methods).toEqual(['POST']);
  });
});
