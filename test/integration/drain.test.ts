/**
 * Shutdown under load, with the real server process (src/index.ts): SIGTERM with sixteen heavy
 * reads and writes in flight. Every request already sent is answered (none reset), every write
 * that was acknowledged is in the graph, the process exits 0, and nothing new is accepted.
 * Each run writes its own entities (`drain-<run>-<n>`) and removes them.
 */
import * as http from 'node:http';
import type { NamedQuery } from '../../src/db/namedQuery';
import { loadConfig } from '../../src/config';
import { TcpProxy } from '../support/tcpProxy';
import { eventually, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { ALICE, connectTestDatabase, TEST_EDITORS } from '../support/testServer';

jest.setTimeout(90_000);

const RUN = `drain-${Date.now().toString(36)}`;
const config = loadConfig();
const db = connectTestDatabase();

const cleanup: NamedQuery = {
  name: 'test:cleanupDrain',
  cypher: `
    CALL () { MATCH (e:Entity) WHERE e.id STARTS WITH $prefix DETACH DELETE e }
    CALL () { MATCH (c:Change) WHERE c.summary CONTAINS $prefix DETACH DELETE c }`,
};
const countWritten: NamedQuery = {
  name: 'test:countDrainEntities',
  cypher: 'MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id',
};

/** A page of 100 entities with 100 relations each, evidence and documents: the heaviest read the limits allow. */
const HEAVY_READ = `{ entities(first: 100) { edges { node { id relations(first: 100) { edges { node { type other { id name } evidence { quote document { id title } } } } } } } } }`;
const UPSERT = `mutation U($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id } } }`;

interface Outcome {
  kind: 'read' | 'write';
  id?: string;
  status?: number;
  ok: boolean;
  error?: string;
}

let server: ServerProcess;
beforeAll(async () => {
  await db.write(cleanup, { prefix: RUN });
  const port = Number(process.env.DRAIN_TEST_PORT ?? 0) || (await TcpProxy.freePort());
  server = startServerProcess(port, {
    NEO4J_URI: config.neo4j.uri as string,
    NEO4J_USER: config.neo4j.user,
    NEO4J_PASSWORD: config.neo4j.password ?? '',
    EDITOR_TOKENS: TEST_EDITORS.map(({ name, token }) => `${name}:${token}`).join(','),
    SEED_ON_EMPTY: 'false',
    // The defaults (10 s grace, 10 s transactions) hold on a quiet machine; a loaded one (other
    // Neo4j JVMs on the same two cores) can take longer over sixteen heavy requests, and this
    // test is about answering them all, not about the defaults.
    SHUTDOWN_GRACE_MS: '40000',
    NEO4J_TX_TIMEOUT_MS: '30000',
  });
  const ready = await eventually(async () => (await fetch(`${server.url}/health/ready`)).status === 200, 60_000);
  expect({ ready, output: ready ? '' : server.output() }).toEqual({ ready: true, output: '' });
});
afterAll(async () => {
  await server.stop('SIGKILL');
  await db.write(cleanup, { prefix: RUN });
  await db.close();
});

interface Sent {
  /** Resolves once the connection is made and the whole request is written to it. */
  sent: Promise<void>;
  outcome: Promise<Outcome>;
}

/** One request on its own connection (node:http, not fetch: fetch does not say when a request has left). */
function send(kind: Outcome['kind'], n: number): Sent {
  const id = kind === 'write' ? `${RUN}-${n}` : undefined;
  const body = JSON.stringify(
    kind === 'read'
      ? { query: HEAVY_READ }
      : { query: UPSERT, variables: { input: { id, type: 'ORGANIZATION', name: `Drain Test Organisation ${n}` } } },
  );
  const { hostname, port } = new URL(server.url);
  let markSent: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const outcome = new Promise<Outcome>((resolve) => {
    const request = http.request(
      {
        hostname,
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: ALICE, 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          let errors: unknown;
          try {
            errors = (JSON.parse(text) as { errors?: unknown }).errors;
          } catch {
            errors = 'not JSON';
          }
          resolve({ kind, id, status: response.statusCode, ok: response.statusCode === 200 && errors === undefined });
        });
      },
    );
    // 'finish' only says the request was handed to the socket, which may still be connecting:
    // sent means connected (the server's kernel holds the connection) and nothing left to write.
    request.on('finish', () => {
      const socket = request.socket!;
      const flushed = () => (!socket.connecting && socket.writableLength === 0 ? markSent() : setTimeout(flushed, 5));
      flushed();
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      markSent();
      resolve({ kind, id, ok: false, error: error.code ?? String(error) });
    });
    request.end(body);
  });
  return { sent, outcome };
}

describe('SIGTERM with requests in flight', () => {
  it('answers every request already sent, keeps every acknowledged write, exits 0 and accepts nothing new', async () => {
    const requests = Array.from({ length: 16 }, (_, n) => send(n % 2 === 0 ? 'read' : 'write', n));
    // All sent, none answered yet: sixteen heavy requests keep the server busy for seconds.
    await Promise.all(requests.map((request) => request.sent));
    const signalled = Date.now();
    const exited = server.stop('SIGTERM');
    const outcomes = await Promise.all(requests.map((request) => request.outcome));
    expect(outcomes.filter((outcome) => outcome.ok).length).toBeGreaterThan(0);
    const answeredMs = Date.now() - signalled;
    const exitCode = await exited;
    const exitMs = Date.now() - signalled;

    const failed = outcomes.filter((outcome) => !outcome.ok);
    if (failed.length > 0) process.stderr.write(`server output:\n${server.output()}\n`);
    expect(failed).toEqual([]);
    const acknowledged = outcomes.filter((outcome) => outcome.kind === 'write' && outcome.ok).map((outcome) => outcome.id!);
    const stored = (await db.read<{ id: string }>(countWritten, { ids: acknowledged })).map((row) => row.id).sort();
    expect(stored).toEqual([...acknowledged].sort());
    expect(exitCode).toBe(0);
    const after = await fetch(`${server.url}/health/live`).then(
      () => 'answered',
      () => 'refused',
    );
    expect(after).toBe('refused');
    process.stderr.write(
      `drain: ${outcomes.length - failed.length} of ${outcomes.length} answered, ${stored.length} of ${acknowledged.length} acknowledged writes stored; ` +
        `last answer ${answeredMs} ms and exit ${exitMs} ms after SIGTERM\n`,
    );
  });
});
