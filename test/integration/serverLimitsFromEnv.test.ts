/**
 * The server as src/index.ts starts it (a child process, configured by the environment) serves
 * /metrics and applies the RATE_LIMIT_* variables: the wiring of startup/startServer.ts, which
 * the in-process test servers do not go through.
 */
import { loadConfig } from '../../src/config';
import { eventually, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { TcpProxy } from '../support/tcpProxy';
import { ALICE, TEST_EDITORS } from '../support/testServer';

const config = loadConfig();
let server: ServerProcess;

beforeAll(async () => {
  server = startServerProcess(await TcpProxy.freePort(), {
    NEO4J_URI: config.neo4j.uri as string,
    NEO4J_USER: config.neo4j.user,
    NEO4J_PASSWORD: config.neo4j.password ?? '',
    EDITOR_TOKENS: TEST_EDITORS.map(({ name, token }) => `${name}:${token}`).join(','),
    SEED_ON_EMPTY: 'false',
    NODE_ENV: 'production',
    RATE_LIMIT_FAILED_AUTH: '3',
  });
  const ready = await eventually(async () => (await fetch(`${server.url}/health/ready`)).status === 200, 90_000);
  expect({ ready, output: ready ? '' : server.output() }).toEqual({ ready: true, output: '' });
}, 120_000);

afterAll(async () => {
  await server.stop();
});

const ping = (authorization: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: 'query Ping { __typename }' }),
  });

it('limits wrong tokens as RATE_LIMIT_FAILED_AUTH says and shows it on /metrics', async () => {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const response = await ping(`Bearer wrong-token-${attempt}-0123456789`);
    statuses.push(response.status);
    if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  }
  expect(statuses).toEqual([200, 200, 200, 429, 429]);
  expect((await ping(ALICE)).status).toBe(200);

  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  expect(metrics).toMatch(/^http_rate_limited_total\{limit="failedAuth"\} 2$/m);
  expect(metrics).toMatch(/^graphql_requests_total\{operation_name="Ping",operation_type="query"\} 4$/m);
  expect(metrics).toMatch(/^graphql_errors_total\{code="RATE_LIMITED"\} 2$/m);
  expect(metrics).toMatch(/^process_resident_memory_bytes \d+/m);
});
