/**
 * Readiness means a query works, and a Neo4j that goes away and comes back costs a bounded
 * wait: the test's Neo4j sits behind a TCP proxy that is cut (open connections destroyed,
 * new ones refused) and restored, as when Neo4j restarts.
 */
import { eventually } from '../support/serverProcess';
import { startServerBehindProxy, timed, type ServerBehindProxy } from '../support/serverBehindProxy';

jest.setTimeout(60_000);

let behind: ServerBehindProxy;
beforeAll(async () => {
  behind = await startServerBehindProxy();
});
afterAll(() => behind.close());
const ready = () => behind.ready();
const japan = () => behind.japan();

describe('readiness and a Neo4j restart', () => {
  it('is ready when a query answers', async () => {
    expect((await ready()).value).toBe(200);
    expect((await japan()).value).toBe('Japan');
  });

  it('turns not ready within one probe when Neo4j goes away, and queries fail fast', async () => {
    // Several pooled connections, as under load: each of them dies with the proxy.
    await Promise.all(Array.from({ length: 6 }, () => japan()));
    await behind.proxy.down();
    const probe = await ready();
    expect(probe.value).toBe(503);
    const query = await japan();
    expect(query.value).toBe('SERVICE_UNAVAILABLE');
    process.stderr.write(`outage: ready answered ${probe.value} in ${probe.ms} ms; a query ${query.value} in ${query.ms} ms\n`);
    expect(probe.ms).toBeLessThan(3_000);
  });

  it('is ready again after Neo4j comes back, and the first queries do not hang on dead connections', async () => {
    await behind.proxy.up();
    const back = await timed(() => eventually(async () => (await ready()).value === 200, 20_000, 100));
    expect(back.value).toBe(true);
    const first = await Promise.all(Array.from({ length: 6 }, () => japan()));
    expect(first.map((answer) => answer.value)).toEqual(Array(6).fill('Japan'));
    const slowest = Math.max(...first.map((answer) => answer.ms));
    process.stderr.write(`recovery: ready again ${back.ms} ms after Neo4j came back; first 6 queries, slowest ${slowest} ms\n`);
    expect(slowest).toBeLessThan(3_000);
  });
});
