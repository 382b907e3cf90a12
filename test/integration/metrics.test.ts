/**
 * /metrics over HTTP: after a few queries, a parse failure and a refused mutation, the
 * Prometheus text shows each operation's count, latency and round trips under its own labels,
 * errors by code, the driver's pool and the process metrics; each server has its own registry;
 * operation names are capped; who may read it.
 */
import { loadConfig } from '../../src/config';
import { MAX_OPERATION_NAMES } from '../../src/graphql/plugins/metrics';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseMetrics(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]));
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

/** The value of the one sample with this name and these labels (among others), or undefined. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value));
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

async function scrape(server: HttpTestServer, headers: Record<string, string> = {}): Promise<Sample[]> {
  const response = await fetch(`${server.url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await response.text());
}

type GraphQLBody = { data?: any; errors: Array<{ message: string; extensions: Record<string, unknown> }> };

async function post(server: HttpTestServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    roundTrips: Number(response.headers.get('x-cypher-round-trips')),
    body: (await response.json()) as GraphQLBody,
  };
}

const FIND = 'query FindEntity($id: ID!) { entity(id: $id) { id name } }';

describe('/metrics', () => {
  let server: HttpTestServer;
  beforeAll(async () => {
    server = await startHttpTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('counts requests, latency and round trips by operation and errors by code', async () => {
    let tripsSent = 0;
    for (const id of ['metrics-none-1', 'metrics-none-2', 'metrics-none-3']) {
      const answer = await post(server, { query: FIND, variables: { id } });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      tripsSent += answer.roundTrips;
    }
    expect(tripsSent).toBeGreaterThan(0);
    expect((await post(server, { query: '{ __typename }' })).status).toBe(200);
    const parseFailure = await post(server, { query: '{' });
    expect(parseFailure.body.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const refused = await post(server, {
      query: 'mutation Rename { addAlias(input: { entityId: "metrics-none-1", alias: "X" }) { changed } }',
    });
    expect(refused.body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');

    const samples = await scrape(server);
    const find = { operation_name: 'FindEntity', operation_type: 'query' };
    expect(valueOf(samples, 'graphql_requests_total', find)).toBe(3);
    expect(valueOf(samples, 'graphql_request_duration_seconds_count', find)).toBe(3);
    expect(valueOf(samples, 'graphql_request_duration_seconds_sum', find)).toBeGreaterThan(0);
    expect(valueOf(samples, 'graphql_cypher_round_trips_sum', find)).toBe(tripsSent);
    expect(valueOf(samples, 'graphql_cypher_round_trips_count', find)).toBe(3);
    expect(valueOf(samples, 'graphql_requests_total', { operation_name: 'anonymous', operation_type: 'query' })).toBe(1);
    expect(valueOf(samples, 'graphql_requests_total', { operation_name: 'unknown', operation_type: 'unknown' })).toBe(1);
    expect(valueOf(samples, 'graphql_requests_total', { operation_name: 'Rename', operation_type: 'mutation' })).toBe(1);
    expect(valueOf(samples, 'graphql_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(valueOf(samples, 'graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(valueOf(samples, 'graphql_errors_total', { code: 'INTERNAL_SERVER_ERROR' })).toBeUndefined();
  });

  it('counts HTTP answers refused before GraphQL by route and status: bad JSON, too large, no such route', async () => {
    const send = (path: string, body?: string) =>
      fetch(`${server.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers: { 'content-type': 'application/json' }, body });
    const before = await scrape(server);
    const grown = (samples: Sample[], labels: Record<string, string>) =>
      (valueOf(samples, 'http_responses_total', labels) ?? 0) - (valueOf(before, 'http_responses_total', labels) ?? 0);
    expect((await send('/graphql', '{"query": ')).status).toBe(400);
    expect((await send('/graphql', JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(1_200_000) }))).status).toBe(413);
    expect((await send('/no-such-page')).status).toBe(404);
    expect((await send('/no-such-page-either')).status).toBe(404);
    const samples = await scrape(server);
    expect(grown(samples, { method: 'POST', route: '/graphql', status: '400' })).toBe(1);
    expect(grown(samples, { method: 'POST', route: '/graphql', status: '413' })).toBe(1);
    // Unknown URLs share one label: a client cannot grow the series.
    expect(grown(samples, { method: 'GET', route: '(unmatched)', status: '404' })).toBe(2);
    expect(grown(samples, { method: 'GET', route: '/metrics', status: '200' })).toBe(1);
  });

  it('shows the driver pool and the process metrics', async () => {
    const samples = await scrape(server);
    expect(valueOf(samples, 'neo4j_connection_pool_max')).toBe(loadConfig().neo4j.maxPoolSize);
    // Nothing is running while /metrics answers.
    expect(valueOf(samples, 'neo4j_sessions_running')).toBe(0);
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('keeps one registry per server: a second server in the same process counts only its own requests', async () => {
    const other = await startHttpTestServer();
    try {
      await post(other, { query: FIND, variables: { id: 'metrics-none-4' } });
      const mine = await scrape(other);
      expect(valueOf(mine, 'graphql_requests_total', { operation_name: 'FindEntity', operation_type: 'query' })).toBe(1);
      expect(valueOf(mine, 'graphql_requests_total', { operation_name: 'anonymous' })).toBeUndefined();
      const first = await scrape(server);
      expect(valueOf(first, 'graphql_requests_total', { operation_name: 'FindEntity', operation_type: 'query' })).toBe(3);
    } finally {
      await other.close();
    }
  });

  it(`counts operation names past the first ${MAX_OPERATION_NAMES} as "other"`, async () => {
    const capped = await startHttpTestServer();
    try {
      const extra = 7;
      for (let index = 0; index < MAX_OPERATION_NAMES + extra; index += 1) {
        expect((await post(capped, { query: `query Invented${index} { __typename }` })).status).toBe(200);
      }
      const samples = (await scrape(capped)).filter((s) => s.name === 'graphql_requests_total');
      expect(samples).toHaveLength(MAX_OPERATION_NAMES + 1);
      expect(valueOf(samples, 'graphql_requests_total', { operation_name: 'other' })).toBe(extra);
      expect(valueOf(samples, 'graphql_requests_total', { operation_name: 'Invented0' })).toBe(1);
    } finally {
      await capped.close();
    }
  });
});

describe('who may read /metrics', () => {
  it('without METRICS_TOKEN answers local callers, not requests that came through a proxy', async () => {
    const server = await startHttpTestServer();
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
      const proxied = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(proxied.status).toBe(403);
      expect(((await proxied.json()) as GraphQLBody).errors[0]!.extensions.code).toBe('FORBIDDEN');
      expect((await fetch(`${server.url}/metrics`, { headers: { forwarded: 'for=203.0.113.9' } })).status).toBe(403);
    } finally {
      await server.close();
    }
  });

  it('with METRICS_TOKEN needs that token, from loopback too', async () => {
    const token = 'metrics-test-token-0123456789';
    const server = await startHttpTestServer({ metricsToken: token });
    try {
      const none = await fetch(`${server.url}/metrics`);
      expect(none.status).toBe(401);
      expect(((await none.json()) as GraphQLBody).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer not-the-metrics-token' } })).status).toBe(403);
      const samples = await scrape(server, { authorization: `Bearer ${token}` });
      expect(valueOf(samples, 'neo4j_connection_pool_max')).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
