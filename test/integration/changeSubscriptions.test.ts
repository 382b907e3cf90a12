/**
 * Subscription.changes over graphql-ws across two server processes over one Neo4j: a write
 * through one replica reaches a subscriber on the other (read from the log in Neo4j, never from
 * process memory), and a subscriber that resumes from its last cursor misses nothing.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { NamedQuery } from '../../src/db/namedQuery';
import { eventually, startReplicas, type ServerProcess } from '../support/serverProcess';
import { connectTestDatabase } from '../support/testServer';

jest.setTimeout(180_000);
const EDITOR = 'sub-editor:sub-editor-token-0123456789';
const READER = 'sub-reader:sub-reader-token-0123456789';
const EDITOR_AUTH = 'Bearer sub-editor-token-0123456789';
const READER_AUTH = 'Bearer sub-reader-token-0123456789';

const cleanup: NamedQuery = {
  name: 'test:cleanupSubscriptions',
  cypher: `
    CALL () { MATCH (n) WHERE (n:Entity OR n:Document) AND n.id STARTS WITH 'sub-' DETACH DELETE n }
    CALL () { MATCH (c:NameCandidate) WHERE c.documentId STARTS WITH 'sub-' DETACH DELETE c }
    CALL () { MATCH (ev:Evidence) WHERE ev.factId STARTS WITH 'sub-' DETACH DELETE ev }
    CALL () { MATCH (c:Change) WHERE c.editor = 'sub-editor' DETACH DELETE c }`,
};

let writer: ServerProcess;
let reader: ServerProcess;
const clients: Client[] = [];

async function post(server: ServerProcess, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: EDITOR_AUTH },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const upsert = (id: string, name = `Subscription test ${id}`) =>
  post(writer, 'mutation U($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id } } }', {
    input: { id, type: 'ORGANIZATION', name },
  });

interface Received {
  cursor: string;
  entityIds: string[];
  operation: string;
  evidence: Array<{ quote: string }>;
  at: number;
}

/** A subscriber on `server`: what it has received so far, and how to end it. */
function subscribe(server: ServerProcess, variables: Record<string, unknown>, authorization = READER_AUTH) {
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization },
    retryAttempts: 0,
    lazy: false,
  });
  clients.push(client);
  const received: Received[] = [];
  const errors: unknown[] = [];
  let subscribed = false;
  const unsubscribe = client.subscribe<{ changes: any }>(
    {
      query: `subscription S($entityIds: [ID!], $depth: Int, $after: String) {
        changes(entityIds: $entityIds, depth: $depth, after: $after) {
          cursor node { operation entityIds evidence { quote } } } }`,
      variables,
    },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        const edge = result.data?.changes;
        if (edge) received.push({ cursor: edge.cursor, ...edge.node, at: Date.now() });
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  client.on('connected', () => (subscribed = true));
  return {
    received,
    errors,
    connected: () => eventually(async () => subscribed, 20_000, 20),
    async end() {
      unsubscribe();
      await client.dispose();
    },
  };
}

/** Waits until the subscriber has `count` changes (or 10 s passed). */
const receivedAtLeast = (subscriber: { received: Received[] }, count: number) =>
  eventually(async () => subscriber.received.length >= count, 10_000, 10);

beforeAll(async () => {
  const db = connectTestDatabase();
  await db.write(cleanup).finally(() => db.close());
  [writer, reader] = (await startReplicas(2, { EDITOR_TOKENS: EDITOR, READER_TOKENS: READER })) as [ServerProcess, ServerProcess];
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await Promise.all([writer, reader].map((replica) => replica?.stop()));
  const db = connectTestDatabase();
  await db.write(cleanup).finally(() => db.close());
});

describe('Subscription.changes across replicas', () => {
  it('delivers a write made through one replica to a subscriber on the other within 2 s', async () => {
    const subscriber = subscribe(reader, { entityIds: ['sub-watched'] });
    expect(await subscriber.connected()).toBe(true);
    await upsert('sub-watched');
    // Give the subscription time to start before measuring (its first read of the log).
    expect(await receivedAtLeast(subscriber, 1)).toBe(true);
    const latencies: number[] = [];
    const sinceSent: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const sent = Date.now();
      await upsert('sub-watched', `Subscription test renamed ${i}`);
      const acknowledged = Date.now();
      expect(await receivedAtLeast(subscriber, i + 2)).toBe(true);
      latencies.push(subscriber.received[i + 1]!.at - acknowledged);
      sinceSent.push(subscriber.received[i + 1]!.at - sent);
      expect(subscriber.received[i + 1]!.at - sent).toBeLessThan(2_000);
    }
    process.stdout.write(
      `[changes] replica to replica, ms after the write was sent: ${sinceSent.join(', ')}; after its answer: ${latencies.join(', ')}\n`,
    );
    expect(subscriber.errors).toEqual([]);
    expect(subscriber.received.map((change) => change.entityIds)).toEqual(Array.from({ length: 6 }, () => ['sub-watched']));
    await subscriber.end();
  });

  it('sends only the changes that touch the watchlist', async () => {
    const subscriber = subscribe(reader, { entityIds: ['sub-only-this'] });
    expect(await subscriber.connected()).toBe(true);
    await upsert('sub-not-this');
    await upsert('sub-only-this');
    await upsert('sub-not-this-either');
    await upsert('sub-only-this', 'Subscription test, renamed');
    expect(await receivedAtLeast(subscriber, 2)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(subscriber.received.map((change) => change.entityIds)).toEqual([['sub-only-this'], ['sub-only-this']]);
    await subscriber.end();
  });

  it('resumes after a disconnect from the last cursor received, with no change lost or repeated', async () => {
    const first = subscribe(reader, {});
    expect(await first.connected()).toBe(true);
    await upsert('sub-resume-0');
    await upsert('sub-resume-1');
    expect(await eventually(async () => first.received.some((c) => c.entityIds.includes('sub-resume-1')), 10_000, 10)).toBe(true);
    const last = first.received.at(-1)!;
    await first.end();
    // Written while nobody listens, through the other replica, some at once.
    await upsert('sub-resume-2');
    await Promise.all([upsert('sub-resume-3'), upsert('sub-resume-4'), upsert('sub-resume-5')]);
    const resumed = subscribe(reader, { after: last.cursor });
    expect(await resumed.connected()).toBe(true);
    expect(await receivedAtLeast(resumed, 4)).toBe(true);
    await upsert('sub-resume-6');
    expect(await receivedAtLeast(resumed, 5)).toBe(true);
    const ids = resumed.received.map((change) => change.entityIds[0]);
    expect(ids.slice(0, 1)).toEqual(['sub-resume-2']);
    expect(ids.slice(1, 4).sort()).toEqual(['sub-resume-3', 'sub-resume-4', 'sub-resume-5']);
    expect(ids.slice(4)).toEqual(['sub-resume-6']);
    expect(new Set(resumed.received.map((change) => change.cursor)).size).toBe(5);
    await resumed.end();
  });

  it('follows the neighbours of a watched entity with depth 1, each fact with its sentence', async () => {
    await upsert('sub-hub', 'Sub Hub Institute');
    await upsert('sub-spoke', 'Sub Spoke Agency');
    const text = 'The Sub Hub Institute called on the Sub Spoke Agency to publish its data.';
    await post(writer, 'mutation I($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }', {
      input: { id: 'sub-doc', title: 'Sub note', text },
    });
    const subscriber = subscribe(reader, { entityIds: ['sub-hub'], depth: 1 });
    expect(await subscriber.connected()).toBe(true);
    await post(writer, 'mutation A($input: AssertFactInput!) { assertFact(input: $input) { relation { id } } }', {
      input: { type: 'CALLS_ON', from: 'sub-hub', to: 'sub-spoke', status: 'REPORTED', evidence: [{ document: 'sub-doc', quote: text }] },
    });
    await upsert('sub-spoke', 'Sub Spoke Agency, renamed');
    expect(await receivedAtLeast(subscriber, 2)).toBe(true);
    expect(subscriber.received.map(({ operation, evidence }) => ({ operation, evidence }))).toEqual([
      { operation: 'assertFact', evidence: [{ quote: text }] },
      { operation: 'upsertEntity', evidence: [] },
    ]);
    await subscriber.end();
  });

  it('refuses a subscriber without a reader or editor token, with the code queries get', async () => {
    const subscriber = subscribe(reader, {}, '');
    expect(await eventually(async () => subscriber.errors.length > 0, 10_000, 20)).toBe(true);
    expect(subscriber.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
    await subscriber.end();
  });

  it('still refuses a subscription sent over HTTP with 400 OPERATION_NOT_SUPPORTED', async () => {
    const response = await fetch(`${reader.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: READER_AUTH },
      body: JSON.stringify({ query: 'subscription { changes { cursor } }' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('OPERATION_NOT_SUPPORTED');
  });
});
