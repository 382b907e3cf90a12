/**
 * A Neo4j that goes silent (no FIN, no RST: a pulled cable, a paused VM, a firewall dropping the
 * flow) must not hold requests for ever. The test's Neo4j sits behind a TCP proxy that freezes:
 * open connections stay open and carry nothing, new ones are accepted and never answered.
 */
import { eventually } from '../support/serverProcess';
import { startServerBehindProxy, timed, type ServerBehindProxy } from '../support/serverBehindProxy';

jest.setTimeout(90_000);

let behind: ServerBehindProxy;
beforeAll(async () => {
  // Short transactions and acquisition, so the deadline (acquisition + transaction + retries + 2 s) is 8 s.
  behind = await startServerBehindProxy({ txTimeoutMs: 2_000, acquireTimeoutMs: 1_000 });
});
afterAll(() => behind.close());
const ready = () => behind.ready();

describe('a Neo4j that goes silent', () => {
  it('answers while the connection carries data', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => behind.japan()));
    expect(answers.map(({ value }) => value)).toEqual(Array(4).fill('Japan'));
  });

  it('turns not ready and answers SERVICE_UNAVAILABLE in bounded time on connections that went silent', async () => {
    behind.proxy.freeze();
    const probe = await ready();
    const queries = await Promise.all(Array.from({ length: 4 }, () => behind.japan()));
    const slowest = Math.max(...queries.map(({ ms }) => ms));
    process.stderr.write(
      `silent Neo4j: ready ${probe.value} in ${probe.ms} ms; 4 queries ${JSON.stringify(queries.map(({ value }) => value))}, slowest ${slowest} ms\n`,
    );
    expect(probe.value).toBe(503);
    expect(queries.map(({ value }) => value)).toEqual(Array(4).fill('SERVICE_UNAVAILABLE'));
    expect(slowest).toBeLessThan(20_000);
  });

  it('answers again once the silent connections are cut and Neo4j is reachable', async () => {
    await behind.proxy.down();
    await behind.proxy.up();
    const back = await timed(() => eventually(async () => (await ready()).value === 200, 20_000, 100));
    expect(back.value).toBe(true);
    const answers = await Promise.all(Array.from({ length: 4 }, () => behind.japan()));
    process.stderr.write(
      `silent Neo4j back: ready again in ${back.ms} ms; slowest of 4 queries ${Math.max(...answers.map(({ ms }) => ms))} ms\n`,
    );
    expect(answers.map(({ value }) => value)).toEqual(Array(4).fill('Japan'));
  });
});
