/**
 * Query.node and Query.nodes (Relay global object identification, issue #17) on the seed graph,
 * plus one ingested document for the types only ingestion makes (name candidates, proposals).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALICE, CAROL_READER, connectTestDatabase, startTestServer, type TestServer } from '../support/testServer';
import { removeTestData } from '../support/testData';

async function cleanUp(): Promise<void> {
  const db = connectTestDatabase();
  await removeTestData(db, 'nq-').finally(() => db.close());
}

let server: TestServer;
beforeAll(async () => {
  await cleanUp();
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  await cleanUp();
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

  it('finds a passage of evidence by its id, with its fact', async () => {
    const relation = await someRelation();
    const { data: read } = await server.query(`query Fact($id: ID!) { node(id: $id) { ... on Relation { evidence { id quote } } } }`, {
      id: relation.id,
    });
    const evidence = read?.node.evidence[0] as { id: string; quote: string };
    expect(evidence.id).toContain('@');
    const { data, errors } = await server.query(
      `query Evidence($id: ID!) { node(id: $id) { __typename id ... on Evidence { quote fact { id } } } }`,
      { id: evidence.id },
    );
    expect(errors).toBeUndefined();
    expect(data?.node).toEqual({ __typename: 'Evidence', id: evidence.id, quote: evidence.quote, fact: { id: relation.id } });
  });

  it('returns null for the evidence of a retracted fact, which it found before the retraction', async () => {
    const write = (query: string) => server.query(query, {}, { authorization: ALICE });
    for (const [id, name] of [
      ['nq-alpha', 'Nq Alpha Institute'],
      ['nq-beta', 'Nq Beta Institute'],
    ]) {
      await write(`mutation { upsertEntity(input: { id: "${id}", type: ORGANIZATION, name: "${name}" }) { changed } }`);
    }
    await write(
      'mutation { ingestDocument(input: { id: "nq-doc-retract", title: "Retraction report", text: "Nq Alpha Institute cooperates with Nq Beta Institute." }) { created } }',
    );
    const { data: asserted, errors } = await write(`mutation { assertFact(input: { type: COOPERATES_WITH, from: "nq-alpha", to: "nq-beta",
      status: REPORTED, evidence: [{ document: "nq-doc-retract", quote: "Nq Alpha Institute cooperates with Nq Beta Institute" }] }) {
      relation { id evidence { id } } } }`);
    expect(errors).toBeUndefined();
    const evidenceId = asserted?.assertFact.relation.evidence[0].id as string;
    const EVIDENCE = 'query E($id: ID!) { node(id: $id) { __typename id } }';
    expect((await server.query(EVIDENCE, { id: evidenceId })).data?.node).toEqual({ __typename: 'Evidence', id: evidenceId });

    const retracted = await write(
      `mutation { retractFact(input: { id: "${asserted?.assertFact.relation.id}", reason: "Test retraction" }) { changed } }`,
    );
    expect(retracted.errors).toBeUndefined();

    const { data, errors: readErrors } = await server.query(EVIDENCE, { id: evidenceId });
    expect(readErrors).toBeUndefined();
    expect(data?.node).toBeNull();
  });

  it('returns null for ids that match nothing, of every shape', async () => {
    for (const id of [
      'no-such-entity',
      'european-union.MEMBER_OF.nowhere',
      'no-such-doc:1-5',
      'no-such-doc:MEMBER_OF:0123456789ab',
      'no-such-doc:odd:shape:id',
      'x@y:1',
    ]) {
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

describe('Query.node on what ingestion makes', () => {
  const TEXT = fs.readFileSync(path.join(__dirname, '../../eval/articles/ec-dpc3-tokyo-2025.txt'), 'utf8');
  let ingested: { candidates: Array<{ id: string; name: string }>; proposals: Array<{ id: string; type: string }> };

  beforeAll(async () => {
    const { data, errors } = await server.query(
      `mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { candidates { id name } proposals { id type } } }`,
      { input: { id: 'nq-council', title: 'nq-council', text: TEXT, publishedAt: '2025-05-12' } },
      { authorization: ALICE },
    );
    expect(errors).toBeUndefined();
    ingested = data?.ingestDocument;
  });

  it('finds a name candidate by its id', async () => {
    const candidate = ingested.candidates[0]!;
    const { data, errors } = await server.query(
      `query Candidate($id: ID!) { node(id: $id) { __typename id ... on EntityCandidate { name } } }`,
      { id: candidate.id },
    );
    expect(errors).toBeUndefined();
    expect(data?.node).toEqual({ __typename: 'EntityCandidate', id: candidate.id, name: candidate.name });
  });

  it('finds a fact proposal by its id', async () => {
    const proposal = ingested.proposals[0]!;
    const { data, errors } = await server.query(
      `query Proposal($id: ID!) { node(id: $id) { __typename id ... on Proposal { type document { id } } } }`,
      { id: proposal.id },
    );
    expect(errors).toBeUndefined();
    expect(data?.node).toEqual({ __typename: 'Proposal', id: proposal.id, type: proposal.type, document: { id: 'nq-council' } });
  });

  it('finds a recorded change by its id for a caller with a read token, and nothing for anyone else', async () => {
    const { data: feed, errors: feedErrors } = await server.query(
      '{ changes(first: 100) { edges { node { id operation } } } }',
      {},
      { authorization: CAROL_READER },
    );
    expect(feedErrors).toBeUndefined();
    const change = (feed?.changes.edges as Array<{ node: { id: string; operation: string } }>).at(-1)!.node;
    const NODE_CHANGE = `query Change($id: ID!) { node(id: $id) { __typename id ... on Change { operation } } }`;
    const withToken = await server.query(NODE_CHANGE, { id: change.id }, { authorization: CAROL_READER });
    expect(withToken.errors).toBeUndefined();
    expect(withToken.data?.node).toEqual({ __typename: 'Change', id: change.id, operation: change.operation });
    const anonymous = await server.query(NODE_CHANGE, { id: change.id });
    expect({ errors: anonymous.errors, node: anonymous.data?.node }).toEqual({ errors: undefined, node: null });
  });

  it('resolves every kind of id in one nodes() call, in order', async () => {
    const ids = [ingested.proposals[0]!.id, ingested.candidates[0]!.id, 'nq-council', 'japan'];
    const { data, errors } = await server.query('query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids });
    expect(errors).toBeUndefined();
    expect(data?.nodes).toEqual([
      { __typename: 'Proposal', id: ids[0] },
      { __typename: 'EntityCandidate', id: ids[1] },
      { __typename: 'Document', id: 'nq-council' },
      { __typename: 'Country', id: 'japan' },
    ]);
  });
});
