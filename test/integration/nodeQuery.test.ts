/** Query.node and Query.nodes (Relay global object identification, issue #17) on the seed graph. */
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const NODE = /* GraphQL */ `
  query Node($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        name
        type
      }
      ... on Document {
        title
      }
      ... on Relation {
        relationType: type
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`;

/** A real fact of the seed, read through Query.entity (not hard-coded). */
async function someRelation(): Promise<{ id: string; type: string; from: { id: string }; to: { id: string } }> {
  const { data } = await server.query(`{ entity(id: "european-union") { relations(first: 1, direction: OUTGOING) {
    edges { node { id type from { id } to { id } } } } } }`);
  return data?.entity.relations.edges[0].node;
}

describe('Query.node', () => {
  it('finds an entity by its id, as its own object type', async () => {
    const { data, errors } = await server.query(NODE, { id: 'henna-virkkunen' });
    expect(errors).toBeUndefined();
    expect(data?.node).toEqual({ __typename: 'Person', id: 'henna-virkkunen', name: 'Henna Virkkunen', type: 'PERSON' });
  });

  it('finds a document by its id', async () => {
    const { data: listed } = await server.query('{ documents(first: 1) { edges { node { id title } } } }');
    const document = listed?.documents.edges[0].node as { id: string; title: string };
    const { data, errors } = await server.query(NODE, { id: document.id });
    expect(errors).toBeUndefined();
    expect(data?.node).toEqual({ __typename: 'Document', id: document.id, title: document.title });
  });

  it('finds a relation by its fact id, read from its start entity', async () => {
    const relation = await someRelation();
    expect(relation.id).toContain('.');
    const { data, errors } = await server.query(NODE, { id: relation.id });
    expect(errors).toBeUndefined();
    const { type, ...rest } = relation;
    expect(data?.node).toEqual({ __typename: 'Relation', relationType: type, ...rest });
  });

  it('returns null for ids that match nothing, of every shape', async () => {
    for (const id of ['no-such-entity', 'european-union.MEMBER_OF.nowhere', 'no-such-doc:1-5', 'x@y:1']) {
      const { data, errors } = await server.query(NODE, { id });
      expect({ id, errors, node: data?.node }).toEqual({ id, errors: undefined, node: null });
    }
  });
});

describe('Query.nodes', () => {
  it('returns the objects in the order of the ids, null in place of an unknown one, in at most four round trips', async () => {
    const relation = await someRelation();
    const { data: listed } = await server.query('{ documents(first: 1) { edges { node { id } } } }');
    const documentId = listed?.documents.edges[0].node.id as string;
    const ids = [relation.id, 'japan', 'no-such-entity', documentId, 'henna-virkkunen'];
    const { data, errors, roundTrips } = await server.query('query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids });
    expect(errors).toBeUndefined();
    expect(data?.nodes).toEqual([
      { __typename: 'Relation', id: relation.id },
      { __typename: 'Country', id: 'japan' },
      null,
      { __typename: 'Document', id: documentId },
      { __typename: 'Person', id: 'henna-virkkunen' },
    ]);
    expect(roundTrips).toBeLessThanOrEqual(4);
  });

  it('refuses more than 100 ids as bad input', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `entity-${i}`);
    const { errors } = await server.query('query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
