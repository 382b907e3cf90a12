/**
 * Query.changes: the audit log as a feed, oldest first, with cursors that are places in the
 * sequence the writes number as they commit.
 */
import { applyMigrations } from '../../src/db/migrations';
import type { NamedQuery } from '../../src/db/namedQuery';
import { ALICE, CAROL_READER, startTestServer, type TestServer } from '../support/testServer';

jest.setTimeout(120_000);
let server: TestServer;
const DOC_TEXT = 'The Feed Institute signed a memorandum with the Feed Agency on 3 March 2026 in Brussels.';

const cleanup: NamedQuery = {
  name: 'test:cleanupChangeFeed',
  cypher: `
    CALL () { MATCH (n) WHERE (n:Entity OR n:Redirect OR n:Document) AND n.id STARTS WITH 'feed-' DETACH DELETE n }
    CALL () { MATCH (c:NameCandidate) WHERE c.documentId STARTS WITH 'feed-' DETACH DELETE c }
    CALL () { MATCH (ev:Evidence) WHERE ev.factId STARTS WITH 'feed-' DETACH DELETE ev }
    CALL () { MATCH (c:Change) WHERE c.editor IN ['alice-test', 'feed-legacy'] DETACH DELETE c }`,
};

beforeAll(async () => {
  server = await startTestServer();
  await server.db.write(cleanup);
});
afterAll(async () => {
  await server.db.write(cleanup);
  await server.close();
});

const UPSERT = `mutation U($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id } } }`;
const CHANGES = `query C($after: String, $first: Int, $entityIds: [ID!]) {
  changes(after: $after, first: $first, entityIds: $entityIds) {
    edges { cursor node { id sequence operation editor summary entityIds entities { id name } factIds
      documents { id title } evidence { quote document { id title } } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

interface FeedEdge {
  cursor: string;
  node: { id: string; sequence: number; operation: string; summary: string; entityIds: string[]; [key: string]: unknown };
}
interface FeedPage {
  changes: { edges: FeedEdge[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };
}

const upsert = (id: string, name = `Feed ${id}`) =>
  server.query(UPSERT, { input: { id, type: 'ORGANIZATION', name } }, { authorization: ALICE });

async function feed(variables: Record<string, unknown>, authorization: string | null = CAROL_READER) {
  return server.query<FeedPage>(CHANGES, variables, { authorization: authorization ?? undefined });
}

/** The cursor of the newest change so far: where a test's own changes start. */
async function newestCursor(): Promise<string | null> {
  let after: string | null = null;
  for (;;) {
    const page = await feed({ after, first: 100 });
    const { endCursor, hasNextPage } = page.data!.changes.pageInfo;
    after = endCursor ?? after;
    if (!hasNextPage) return after;
  }
}

/** Every change after `after`, read in pages of `first`. */
async function readAll(after: string | null, first: number, entityIds?: string[]): Promise<FeedEdge[]> {
  const edges: FeedEdge[] = [];
  for (;;) {
    const page = await feed({ after, first, entityIds });
    expect(page.errors).toBeUndefined();
    edges.push(...page.data!.changes.edges);
    if (!page.data!.changes.pageInfo.hasNextPage) return edges;
    after = page.data!.changes.pageInfo.endCursor;
  }
}

describe('Query.changes', () => {
  it('pages through every write oldest first, each change once, in the order they committed', async () => {
    const start = await newestCursor();
    const ids = Array.from({ length: 7 }, (_, i) => `feed-page-${i}`);
    for (const id of ids) await upsert(id);
    const edges = await readAll(start, 2);
    expect(edges.map((edge) => edge.node.entityIds)).toEqual(ids.map((id) => [id]));
    const sequences = edges.map((edge) => edge.node.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(edges.map((edge) => edge.cursor)).size).toBe(ids.length);
  });

  it('numbers racing writes in commit order with no number twice and none skipped', async () => {
    const start = await newestCursor();
    const ids = Array.from({ length: 16 }, (_, i) => `feed-race-${i}`);
    const results = await Promise.all(ids.map((id) => upsert(id)));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const edges = await readAll(start, 5);
    expect(edges.map((edge) => edge.node.entityIds[0]).sort()).toEqual([...ids].sort());
    const sequences = edges.map((edge) => edge.node.sequence);
    expect(sequences).toEqual(Array.from({ length: ids.length }, (_, i) => sequences[0]! + i));
  });

  it('keeps the changes that touched the given ids, and shows a fact with its quoted sentence and source', async () => {
    await upsert('feed-institute', 'Feed Institute');
    await upsert('feed-agency', 'Feed Agency');
    const start = await newestCursor();
    const ingest = await server.query(
      `mutation I($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }`,
      { input: { id: 'feed-doc', title: 'Feed memorandum', publisher: 'Feed Press', publishedAt: '2026-03-03', text: DOC_TEXT } },
      { authorization: ALICE },
    );
    expect(ingest.errors).toBeUndefined();
    await upsert('feed-bystander');
    const asserted = await server.query(
      `mutation A($input: AssertFactInput!) { assertFact(input: $input) { relation { id } } }`,
      {
        input: {
          type: 'CALLS_ON',
          from: 'feed-institute',
          to: 'feed-agency',
          status: 'REPORTED',
          date: '2026-03-03',
          evidence: [{ document: 'feed-doc', quote: DOC_TEXT }],
        },
      },
      { authorization: ALICE },
    );
    expect(asserted.errors).toBeUndefined();
    const edges = await readAll(start, 20, ['feed-agency']);
    expect(edges.map((edge) => edge.node.operation)).toEqual(['ingestDocument', 'assertFact']);
    expect(edges[1]!.node).toMatchObject({
      factIds: [asserted.data!.assertFact.relation.id],
      entities: expect.arrayContaining([{ id: 'feed-agency', name: 'Feed Agency' }]),
      documents: [{ id: 'feed-doc', title: 'Feed memorandum' }],
      evidence: [{ quote: DOC_TEXT, document: { id: 'feed-doc', title: 'Feed memorandum' } }],
    });
    expect(edges[0]!.node.documents).toEqual([{ id: 'feed-doc', title: 'Feed memorandum' }]);
  });

  it('answers a page after the newest change as empty, and continues from there once more is written', async () => {
    const start = await newestCursor();
    const empty = await feed({ after: start });
    expect(empty.data!.changes).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
    await upsert('feed-later');
    const later = await feed({ after: start });
    expect(later.data!.changes.edges.map((edge) => edge.node.entityIds)).toEqual([['feed-later']]);
  });

  it('needs a reader or editor token, as history does, and refuses a forged cursor or too many ids', async () => {
    expect((await feed({}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await feed({}, 'Bearer not-a-known-token-0000000')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await feed({ after: 'b2Zmc2V0OjM' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 101 }, (_, i) => `feed-${i}`);
    expect((await feed({ entityIds: many })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'entityIds' });
    expect((await feed({ first: 101 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('numbers at startup the changes an older version recorded without a place, after those numbered', async () => {
    const [before] = await server.db.read<{ last: number }>({ name: 'test:lastSeq', cypher: 'MATCH (c:Change) RETURN max(c.seq) AS last' });
    await server.db.write({
      name: 'test:legacyChanges',
      cypher: `UNWIND [['feed-legacy-b', '2025-01-01T00:00:01Z'], ['feed-legacy-a', '2025-01-01T00:00:00.5Z']] AS row
        CREATE (:Change {id: row[0], operation: 'upsertEntity', editor: 'feed-legacy', summary: 'legacy', at: row[1], undone: false})`,
    });
    await applyMigrations(server.db);
    const rows = await server.db.read<{ id: string; seq: number }>({
      name: 'test:legacySeq',
      cypher: `MATCH (c:Change {editor: 'feed-legacy'}) RETURN c.id AS id, c.seq AS seq ORDER BY seq`,
    });
    expect(rows).toEqual([
      { id: 'feed-legacy-a', seq: before!.last + 1 },
      { id: 'feed-legacy-b', seq: before!.last + 2 },
    ]);
    await upsert('feed-after-legacy');
    const [after] = await server.db.read<{ seq: number }>(
      { name: 'test:afterLegacySeq', cypher: `MATCH (c:Change)-[:CHANGED]->(:Entity {id: $id}) RETURN c.seq AS seq` },
      { id: 'feed-after-legacy' },
    );
    expect(after!.seq).toBe(before!.last + 3);
  });
});
