/**
 * Connections page backward (`last`/`before`) as they page forward, over the real store reads:
 * an entity's relations, a document's facts and the document list on the seed graph. The same
 * item has the same cursor whichever way its page was reached.
 */
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface Connection {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const RELATIONS = /* GraphQL */ `
  query Relations($first: Int, $after: String, $last: Int, $before: String) {
    entity(id: "european-union") {
      relations(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        edges {
          cursor
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
      }
    }
  }
`;

async function relations(variables: Record<string, unknown>): Promise<Connection> {
  const { data, errors } = await server.query<{ entity: { relations: Connection } }>(RELATIONS, variables);
  expect(errors).toBeUndefined();
  return data!.entity.relations;
}

describe('paging backward', () => {
  it("reads an entity's last relations with the cursors and ids forward pages give them", async () => {
    const all = await relations({ first: 100 });
    expect(all.totalCount).toBeGreaterThan(6);
    const tail = await relations({ last: 4 });
    expect(tail.edges).toEqual(all.edges.slice(-4));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it("walks an entity's relations back from the end to the start, seeing each once, in list order", async () => {
    const all = await relations({ first: 100 });
    let page = await relations({ last: 3 });
    const seen = [...page.edges];
    while (page.pageInfo.hasPreviousPage) {
      page = await relations({ last: 3, before: page.pageInfo.startCursor });
      seen.unshift(...page.edges);
    }
    expect(seen).toEqual(all.edges);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it("reads a document's facts and the document list backward", async () => {
    const { data, errors } = await server.query(`{
      documents(first: 100) { edges { cursor node { id } } }
      tail: documents(last: 2) { edges { cursor node { id } } pageInfo { hasPreviousPage hasNextPage } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.tail.edges).toEqual(data?.documents.edges.slice(-2));
    const documentId = data?.documents.edges[0].node.id as string;
    const facts = await server.query(
      `query Facts($id: ID!) { document(id: $id) { all: facts(first: 100) { edges { cursor node { id } } } tail: facts(last: 1) { edges { cursor node { id } } } } }`,
      { id: documentId },
    );
    expect(facts.errors).toBeUndefined();
    expect(facts.data?.document.tail.edges).toEqual(facts.data?.document.all.edges.slice(-1));
  });

  it('refuses first with last, and a forged before cursor, as bad user input naming the argument', async () => {
    for (const variables of [
      { first: 2, last: 2 },
      { last: 2, before: 'bm90LWEtY3Vyc29y' },
    ]) {
      const { errors } = await server.query(RELATIONS, variables);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    const { errors } = await server.query(RELATIONS, { last: 2, before: 'bm90LWEtY3Vyc29y' });
    expect(errors?.[0]?.message).toContain('`before`');
  });
});
