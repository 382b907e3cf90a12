/**
 * Two server processes over one Neo4j behave as one service: the server keeps no state of its
 * own, so a load balancer may send any request to either replica.
 */
import type { NamedQuery } from '../../src/db/namedQuery';
import { eventually, startReplicas, type ServerProcess } from '../support/serverProcess';
import { connectTestDatabase } from '../support/testServer';

jest.setTimeout(120_000);
const EDITOR = 'replica-test:replica-test-token-0123456789';
const AUTHORIZATION = 'Bearer replica-test-token-0123456789';

const cleanup: NamedQuery = {
  name: 'test:cleanupReplicas',
  cypher: `
    CALL () { MATCH (e:Entity) WHERE e.id STARTS WITH 'rep-' DETACH DELETE e }
    CALL () { MATCH (c:Change) WHERE c.editor = 'replica-test' DETACH DELETE c }`,
};

let replicas: ServerProcess[] = [];

async function post(server: ServerProcess, query: string, authorization?: string, extra: Record<string, string> = {}): Promise<unknown> {
  return (await postWithHeaders(server, query, authorization, extra)).answer;
}

/** The answer, and the Graph-Bookmark header it came with (null when none). */
async function postWithHeaders(
  server: ServerProcess,
  query: string,
  authorization?: string,
  extra: Record<string, string> = {},
): Promise<{ answer: { status: number; body: unknown }; bookmark: string | null }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
  if (authorization) headers.authorization = authorization;
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { answer: { status: response.status, body: await response.json() }, bookmark: response.headers.get('graph-bookmark') };
}

beforeAll(async () => {
  const db = connectTestDatabase();
  await db.write(cleanup).finally(() => db.close());
  replicas = await startReplicas(2, { EDITOR_TOKENS: EDITOR });
});

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  const db = connectTestDatabase();
  await db.write(cleanup).finally(() => db.close());
});

describe('two replicas over one Neo4j', () => {
  it('each say on /health/ready when their startup build of the name index is done', async () => {
    const readiness = async (replica: ServerProcess) => (await (await fetch(`${replica.url}/health/ready`)).json()) as unknown;
    for (const replica of replicas) {
      await eventually(async () => ((await readiness(replica)) as { nameIndex?: string }).nameIndex === 'built', 60_000);
      expect(await readiness(replica)).toMatchObject({ status: 'ready', nameIndex: 'built' });
    }
  });

  it('answer the same analyst queries identically', async () => {
    for (const query of [
      '{ entity(name: "Hena Wilkunen") { id name aliases relations(first: 5) { totalCount edges { cursor node { id type other { name } } } } } }',
      '{ search(query: "Virkunen", first: 5) { totalCount edges { node { id name } } } }',
      '{ paths(from: "henna-virkkunen", to: "hiroshima-ai-process", maxHops: 4, first: 3) { length steps { type other { id } } } }',
    ]) {
      const [first, second] = await Promise.all(replicas.map((replica) => post(replica, query)));
      expect(first).toMatchObject({ status: 200 });
      expect(second).toEqual(first);
    }
  });

  it('read on one replica what was written through the other', async () => {
    const written = await post(
      replicas[0]!,
      'mutation { upsertEntity(input: { id: "rep-written", type: ORGANIZATION, name: "Replica Test Organisation" }) { entity { id name } } }',
      AUTHORIZATION,
    );
    expect(written).toEqual({
      status: 200,
      body: { data: { upsertEntity: { entity: { id: 'rep-written', name: 'Replica Test Organisation' } } } },
    });
    expect(await post(replicas[1]!, '{ entity(id: "rep-written") { id name } }')).toEqual({
      status: 200,
      body: { data: { entity: { id: 'rep-written', name: 'Replica Test Organisation' } } },
    });
  });
});

/**
 * A token naming the transaction after the one `token` names: what the next write will commit.
 * Neo4j 5's bookmark ("FB:" + base64) is [0x91, 0xcc, 0x10, database uuid (16 bytes), the
 * transaction id as a PackStream integer, 0x90]; read from the 5.26 server's answers (they are
 * opaque to clients, so this test, not the server, depends on the layout).
 */
function nextTransactionToken(token: string): string {
  const [bookmark] = JSON.parse(Buffer.from(token.slice('b1.'.length), 'base64url').toString('utf8')) as string[];
  const bytes = Buffer.from(bookmark!.slice('FB:'.length), 'base64');
  const at = 19;
  const marker = bytes[at]!;
  const [id, width] =
    marker < 0x80
      ? [BigInt(marker), 1]
      : marker === 0xc8
        ? [BigInt(bytes.readInt8(at + 1)), 2]
        : marker === 0xc9
          ? [BigInt(bytes.readInt16BE(at + 1)), 3]
          : marker === 0xca
            ? [BigInt(bytes.readInt32BE(at + 1)), 5]
            : [bytes.readBigInt64BE(at + 1), 9];
  const next = Buffer.alloc(9);
  next[0] = 0xcb;
  next.writeBigInt64BE(id + 1n, 1);
  const future = `FB:${Buffer.concat([bytes.subarray(0, at), next, bytes.subarray(at + width)]).toString('base64')}`;
  return `b1.${Buffer.from(JSON.stringify([future])).toString('base64url')}`;
}

describe('read-your-writes across replicas (Graph-Bookmark)', () => {
  const WRITE =
    'mutation { upsertEntity(input: { id: "rep-bookmarked", type: ORGANIZATION, name: "Bookmarked Organisation" }) { entity { id } } }';
  const READ = '{ entity(id: "rep-bookmarked") { id name } }';

  it('a write answers with a bookmark; a read sent it through the other replica sees the write', async () => {
    const written = await postWithHeaders(replicas[0]!, WRITE, AUTHORIZATION);
    expect(written.answer.status).toBe(200);
    expect(written.bookmark).toMatch(/^b1\.[A-Za-z0-9_-]+$/);
    const read = await postWithHeaders(replicas[1]!, READ, undefined, { 'graph-bookmark': written.bookmark! });
    expect(read.answer).toEqual({ status: 200, body: { data: { entity: { id: 'rep-bookmarked', name: 'Bookmarked Organisation' } } } });
    // A read makes no new bookmark to pass on.
    expect(read.bookmark).toBeNull();
  });

  it('joins the bookmarks of two writes sent back together', async () => {
    const first = await postWithHeaders(replicas[0]!, WRITE, AUTHORIZATION);
    const second = await postWithHeaders(
      replicas[1]!,
      'mutation { upsertEntity(input: { id: "rep-bookmarked-2", type: ORGANIZATION, name: "Second Bookmarked" }) { entity { id } } }',
      AUTHORIZATION,
    );
    const both = `${first.bookmark}, ${second.bookmark}`;
    const read = await post(
      replicas[0]!,
      '{ a: entity(id: "rep-bookmarked") { id } b: entity(id: "rep-bookmarked-2") { id } }',
      undefined,
      {
        'graph-bookmark': both,
      },
    );
    expect(read).toEqual({ status: 200, body: { data: { a: { id: 'rep-bookmarked' }, b: { id: 'rep-bookmarked-2' } } } });
  });

  it('a read sent the bookmark of a transaction not yet committed waits for it, then sees what it wrote', async () => {
    const { bookmark } = await postWithHeaders(replicas[0]!, WRITE, AUTHORIZATION);
    const read = post(replicas[1]!, '{ entity(id: "rep-later") { id } }', undefined, { 'graph-bookmark': nextTransactionToken(bookmark!) });
    let answered = false;
    void read.then(() => (answered = true));
    // Long enough for a read that ignored the bookmark to answer (null); a waiting one cannot.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(answered).toBe(false);
    const later = 'mutation { upsertEntity(input: { id: "rep-later", type: ORGANIZATION, name: "Written Later" }) { entity { id } } }';
    expect(await post(replicas[0]!, later, AUTHORIZATION)).toMatchObject({ status: 200 });
    expect(await read).toEqual({ status: 200, body: { data: { entity: { id: 'rep-later' } } } });
  });

  it('refuses a bookmark it did not issue with 400 BAD_USER_INPUT naming the header', async () => {
    const forged = `b1.${Buffer.from(JSON.stringify(['FB:garbage'])).toString('base64url')}`;
    for (const header of ['not-a-bookmark', 'b1.%%%', forged]) {
      const answer = (await post(replicas[1]!, READ, undefined, { 'graph-bookmark': header })) as {
        status: number;
        body: { errors?: Array<{ extensions?: Record<string, unknown> }> };
      };
      expect({ header, status: answer.status, extensions: answer.body.errors?.[0]?.extensions }).toEqual({
        header,
        status: 400,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'Graph-Bookmark' }),
      });
    }
  });
});
