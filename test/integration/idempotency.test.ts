/**
 * Idempotency-Key: a mutation retried under the same key answers its first outcome and writes
 * nothing more, whether the retry comes after the answer, during the first attempt, or after
 * the first attempt's own checks would now fail.
 */
import type { NamedQuery } from '../../src/db/namedQuery';
import { IDEMPOTENCY_KEY_RETENTION_HOURS, purgeExpiredIdempotencyKeys } from '../../src/store/writes/idempotencyKeys';
import { expectGraphUnchanged } from '../support/counts';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';
import { ALICE, TEST_EDITORS, startTestServer, type TestServer } from '../support/testServer';

const BOB = `Bearer ${TEST_EDITORS[1]!.token}`;
let server: TestServer;

const cleanup: NamedQuery = {
  name: 'test:cleanupIdempotency',
  cypher: `
    CALL () { MATCH (n) WHERE (n:Entity OR n:Redirect OR n:Document) AND n.id STARTS WITH 'idem-' DETACH DELETE n }
    CALL () { MATCH (ev:Evidence) WHERE ev.id CONTAINS 'idem-' OR ev.factId CONTAINS 'idem-' DETACH DELETE ev }
    CALL () { MATCH (c:Change) WHERE c.editor IN ['alice-test', 'bob-test'] DETACH DELETE c }
    CALL () { MATCH (k:IdempotencyKey) DELETE k }`,
};

const changesQuery: NamedQuery = {
  name: 'test:changesByOperation',
  cypher: 'MATCH (c:Change {operation: $operation}) WHERE c.editor IN $editors RETURN count(c) AS changes',
};
// What a version before the payload types stored: no format, the outcome a bare entity.
const storeOldShapeKey: NamedQuery = {
  name: 'test:storeOldShapeIdempotencyKey',
  cypher: `CREATE (:IdempotencyKey {id: $id, operation: 'upsertEntity', fingerprint: 'old', at: datetime(),
    claimed: 'old', outcome: '{"id":"idem-old","name":"Old Shape Office"}'})`,
};
const keysQuery: NamedQuery = { name: 'test:idempotencyKeys', cypher: 'MATCH (k:IdempotencyKey) RETURN count(k) AS keys' };

async function changesOf(operation: string): Promise<number> {
  const [row] = await server.db.read<{ changes: number }>(changesQuery, { operation, editors: TEST_EDITORS.map((e) => e.name) });
  return Number(row?.changes ?? 0);
}
async function storedKeys(): Promise<number> {
  const [row] = await server.db.read<{ keys: number }>(keysQuery);
  return Number(row?.keys ?? 0);
}

const UPSERT = `mutation U($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id name } } }`;
const INGEST = `mutation I($input: IngestDocumentInput!) { ingestDocument(input: $input) { created document { id } } }`;
const ASSERT = `mutation A($input: AssertFactInput!) { assertFact(input: $input) { relation { id evidence { quote } } } }`;
const MERGE = `mutation M($keep: ID!, $merge: ID!) { mergeEntities(input: { keepId: $keep, mergeId: $merge }) { changed entity { id } } }`;

const upsert = (id: string, name: string, idempotencyKey?: string, authorization = ALICE) =>
  server.query(UPSERT, { input: { id, type: 'ORGANIZATION', name } }, { authorization, idempotencyKey });

const DOC_TEXT = 'The Idempotent Test Office signed a letter with the Retry Test Agency in Brussels.';

beforeAll(async () => {
  server = await startTestServer();
  await server.db.write(cleanup);
});
afterEach(async () => {
  await server.db.write(cleanup);
});
afterAll(async () => {
  await server.close();
});

describe('a mutation retried with the same Idempotency-Key', () => {
  it('answers the first outcome and records one change', async () => {
    const first = await upsert('idem-office', 'Idempotent Test Office', 'key-upsert-1');
    const retry = await upsert('idem-office', 'Idempotent Test Office', 'key-upsert-1');
    expect(first.errors).toBeUndefined();
    expect(retry).toMatchObject({ data: first.data, errors: undefined });
    expect(await changesOf('upsertEntity')).toBe(1);
    expect(await storedKeys()).toBe(1);
  });

  it('answers an ingested document as created on the retry too, as the first attempt did', async () => {
    const input = { id: 'idem-doc', title: 'Retry test', publisher: 'Test Press', publishedAt: '2025-06', text: DOC_TEXT };
    const first = await server.query(INGEST, { input }, { authorization: ALICE, idempotencyKey: 'key-ingest-1' });
    const retry = await server.query(INGEST, { input }, { authorization: ALICE, idempotencyKey: 'key-ingest-1' });
    expect(first.data?.ingestDocument).toMatchObject({ created: true, document: { id: 'idem-doc' } });
    expect(retry.data?.ingestDocument).toEqual(first.data?.ingestDocument);
    expect(await changesOf('ingestDocument')).toBe(1);
  });

  it('leaves one fact, one evidence item and one change when 20 identical retries race', async () => {
    await upsert('idem-office', 'Idempotent Test Office');
    await upsert('idem-agency', 'Retry Test Agency');
    await server.query(
      INGEST,
      { input: { id: 'idem-doc', title: 'Retry test', publisher: 'Test Press', publishedAt: '2025-06', text: DOC_TEXT } },
      { authorization: ALICE },
    );
    const input = {
      type: 'COOPERATES_WITH',
      from: 'idem-office',
      to: 'idem-agency',
      status: 'REPORTED',
      evidence: [{ document: 'idem-doc', quote: 'signed a letter with the Retry Test Agency' }],
    };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => server.query(ASSERT, { input }, { authorization: ALICE, idempotencyKey: 'key-assert-race' })),
    );
    const factId = answers[0]?.data?.assertFact?.relation?.id as string;
    expect(factId).toEqual(expect.any(String));
    expect(answers.map((answer) => answer.errors?.[0]?.message ?? answer.data?.assertFact?.relation?.id)).toEqual(Array(20).fill(factId));
    expect(await changesOf('assertFact')).toBe(1);
    const [evidence] = await server.db.read<{ n: number }>(
      {
        name: 'test:evidenceOfFact',
        cypher: 'MATCH (ev:Evidence {factId: $factId}) RETURN count(ev) AS n',
      },
      { factId },
    );
    expect(Number(evidence?.n)).toBe(1);
  });

  it('does not let a late retry overwrite a later write by someone else', async () => {
    await upsert('idem-office', 'Idempotent Test Office', 'key-late-retry');
    await upsert('idem-office', 'Idempotent Test Office, renamed by Bob', undefined, BOB);
    const lateRetry = await upsert('idem-office', 'Idempotent Test Office', 'key-late-retry');
    expect(lateRetry).toMatchObject({
      data: { upsertEntity: { entity: { id: 'idem-office', name: 'Idempotent Test Office, renamed by Bob' } } },
      errors: undefined,
    });
    expect(await changesOf('upsertEntity')).toBe(2);
  });

  it('answers a retried merge with its first outcome and records one merge', async () => {
    await upsert('idem-office', 'Idempotent Test Office');
    await upsert('idem-office-2', 'Idempotent Test Office (duplicate)');
    const merge = () =>
      server.query(MERGE, { keep: 'idem-office', merge: 'idem-office-2' }, { authorization: ALICE, idempotencyKey: 'key-merge-1' });
    const [first, retry] = [await merge(), await merge()];
    expect(first).toMatchObject({ data: { mergeEntities: { changed: true, entity: { id: 'idem-office' } } }, errors: undefined });
    expect(retry).toMatchObject({ data: first.data, errors: undefined });
    expect(await changesOf('mergeEntities')).toBe(1);
  });

  it('refuses the same key with other arguments as IDEMPOTENCY_KEY_REUSED, writing nothing', async () => {
    await upsert('idem-office', 'Idempotent Test Office', 'key-reused');
    const reused = (await expectGraphUnchanged(server.db, () => upsert('idem-office', 'Another Name Entirely', 'key-reused'))) as Awaited<
      ReturnType<typeof upsert>
    >;
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await changesOf('upsertEntity')).toBe(1);
  });

  it('keeps one editor’s key apart from another editor’s', async () => {
    await upsert('idem-office', 'Idempotent Test Office', 'shared-key');
    const bob = await upsert('idem-agency', 'Retry Test Agency', 'shared-key', BOB);
    expect(bob).toMatchObject({ data: { upsertEntity: { entity: { id: 'idem-agency' } } }, errors: undefined });
    expect(await changesOf('upsertEntity')).toBe(2);
  });

  it('gives each mutation field of one operation its own outcome under one key', async () => {
    const both = await server.query(
      `mutation {
        a: upsertEntity(input: { id: "idem-office", type: ORGANIZATION, name: "Idempotent Test Office" }) { entity { id } }
        b: upsertEntity(input: { id: "idem-agency", type: ORGANIZATION, name: "Retry Test Agency" }) { entity { id } }
      }`,
      {},
      { authorization: ALICE, idempotencyKey: 'key-two-fields' },
    );
    expect(both).toMatchObject({ data: { a: { entity: { id: 'idem-office' } }, b: { entity: { id: 'idem-agency' } } }, errors: undefined });
    expect(await storedKeys()).toBe(2);
  });

  it('writes again without a key: a key is the client asking for retry safety, not a default', async () => {
    await upsert('idem-office', 'Idempotent Test Office');
    await upsert('idem-office', 'Idempotent Test Office, renamed');
    expect(await changesOf('upsertEntity')).toBe(2);
    expect(await storedKeys()).toBe(0);
  });
});

describe('the Idempotency-Key header over HTTP', () => {
  let http: HttpTestServer;
  beforeAll(async () => {
    http = await startHttpTestServer();
  });
  afterAll(async () => {
    await http.close();
  });

  const post = (idempotencyKey: string, name: string) =>
    fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: ALICE, 'idempotency-key': idempotencyKey },
      body: JSON.stringify({ query: UPSERT, variables: { input: { id: 'idem-office', type: 'ORGANIZATION', name } } }),
    });

  it('forgets at startup a key stored before outcomes were payloads, keeping current ones, so a retry writes anew', async () => {
    await upsert('idem-current', 'Current Shape Office', 'key-current');
    await server.db.write(storeOldShapeKey, { id: 'alice-test:key-old:upsertEntity' });
    expect(await storedKeys()).toBe(2);

    const purged = await purgeExpiredIdempotencyKeys(server.db, IDEMPOTENCY_KEY_RETENTION_HOURS);

    expect(purged).toBe(1);
    expect(await storedKeys()).toBe(1);
    const retried = await upsert('idem-current', 'Current Shape Office', 'key-current');
    expect(retried.data?.upsertEntity.entity).toEqual({ id: 'idem-current', name: 'Current Shape Office' });
    expect(await changesOf('upsertEntity')).toBe(1);
  });

  it('answers a malformed key 400 BAD_USER_INPUT before anything runs', async () => {
    for (const key of ['has space', 'x'.repeat(201), 'naïve']) {
      const response = await post(key, 'Idempotent Test Office');
      const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect({ key: key.slice(0, 20), status: response.status, code: body.errors?.[0]?.extensions?.code }).toEqual({
        key: key.slice(0, 20),
        status: 400,
        code: 'BAD_USER_INPUT',
      });
    }
    expect(await changesOf('upsertEntity')).toBe(0);
  });

  it('answers a reused key with other arguments 422', async () => {
    expect((await post('http-key-1', 'Idempotent Test Office')).status).toBe(200);
    const reused = await post('http-key-1', 'Another Name Entirely');
    const body = (await reused.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect({ status: reused.status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });
});
