/**
 * The shipped src/__generated__/possibleTypes.json is what an Apollo Client app passes to its
 * InMemoryCache. Without it, a fragment on the `Entity` interface silently reads back only
 * `__typename` (the cache cannot know a Country is an Entity). The responses here come from
 * graphql-js executing against our own schema (schema/*.graphql), so the query is the real
 * contract; only the entity's values are stubbed.
 */
import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { buildSchema, execute, isAbstractType, type DocumentNode } from 'graphql';
import { Observable } from 'rxjs';
import generated from '../../src/__generated__/possibleTypes.json';
import { readTypeDefs } from '../../src/graphql/typeDefs';

const schema = buildSchema(readTypeDefs());

const ENTITY_WITH_FRAGMENT = gql`
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

const korea = { __typename: 'Country', id: 'korea', name: 'Republic of Korea', type: 'COUNTRY', aliases: ['South Korea', 'ROK'] };

/** An ApolloLink that answers from graphql-js executing our schema over a stub root value. */
function schemaLink(): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        Promise.resolve(
          execute({
            schema,
            document: operation.query as DocumentNode,
            variableValues: operation.variables,
            rootValue: { entity: ({ id }: { id: string }) => (id === korea.id ? korea : null) },
          }),
        ).then(
          (result) => {
            observer.next(result as ApolloLink.Result);
            observer.complete();
          },
          (error: unknown) => observer.error(error),
        );
      }),
  );
}

async function readEntityCard(cache: InMemoryCache): Promise<unknown> {
  const client = new ApolloClient({ cache, link: schemaLink() });
  const { data } = await client.query({ query: ENTITY_WITH_FRAGMENT, variables: { id: 'korea' }, fetchPolicy: 'network-only' });
  return (data as { entity: unknown } | undefined)?.entity;
}

describe('the generated possibleTypes', () => {
  it('let an Apollo Client 4 cache return the fields of a fragment on the Entity interface', async () => {
    const entity = await readEntityCard(new InMemoryCache({ possibleTypes: generated.possibleTypes }));
    expect(entity).toEqual({
      __typename: 'Country',
      id: 'korea',
      name: 'Republic of Korea',
      type: 'COUNTRY',
      aliases: ['South Korea', 'ROK'],
    });
  });

  it('are what that fragment needs: without them the cache drops its fields', async () => {
    const entity = (await readEntityCard(new InMemoryCache())) as Record<string, unknown> | undefined;
    expect(entity?.name).toBeUndefined();
  });

  it('list every interface and union of the schema with exactly its object types', () => {
    const expected: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (isAbstractType(type) && !type.name.startsWith('__')) {
        expected[type.name] = schema
          .getPossibleTypes(type)
          .map((t) => t.name)
          .sort();
      }
    }
    const shipped = Object.fromEntries(
      Object.entries(generated.possibleTypes as Record<string, string[]>).map(([name, types]) => [name, [...types].sort()]),
    );
    expect(shipped).toEqual(expected);
    expect(Object.keys(expected)).toContain('Entity');
  });
});
