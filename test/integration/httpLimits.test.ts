/**
 * What keeps a slow, silent or greedy client from holding the server, and who may call from a
 * browser, over real sockets: a body that trickles in is cut at the request deadline and
 * answered 408, a connection that sends nothing or stays idle after its answer is closed, the
 * connection cap refuses one connection too many, and CORS answers only allowed origins.
 * The deadlines are shortened (1 s, 0.5 s) so the tests stay fast; the defaults are in config.ts.
 */
import * as net from 'node:net';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';

const ALLOWED = 'https://app.example';

let server: HttpTestServer;
let capped: HttpTestServer;
beforeAll(async () => {
  server = await startHttpTestServer({
    limits: { requestTimeoutMs: 1_000, headersTimeoutMs: 1_000, keepAliveTimeoutMs: 500, connectionTimeoutMs: 2_000 },
    corsOrigins: [ALLOWED],
  });
  capped = await startHttpTestServer({ limits: { maxConnections: 3 } });
});
afterAll(async () => {
  await server.close();
  await capped.close();
});

interface Socket {
  socket: net.Socket;
  received: () => string;
  closed: Promise<number>;
}

/** A raw connection: what it received, and when (ms after opening) the server closed it. */
async function connect(base: string): Promise<Socket> {
  const { hostname, port } = new URL(base);
  const socket = net.connect(Number(port), hostname);
  const opened = Date.now();
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - opened)));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, received: () => received, closed };
}

describe('a slow or silent client', () => {
  it('has a body that trickles in cut at the request deadline, answered 408 and closed', async () => {
    const { socket, received, closed } = await connect(server.url);
    const body = JSON.stringify({ query: '{ __typename }' }).padEnd(100, ' ');
    socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    // One byte every 100 ms: the whole body would take 10 s.
    let sent = 0;
    const trickle = setInterval(() => {
      if (!socket.destroyed && sent < body.length) socket.write(body[sent++]!);
    }, 100);
    const ms = await closed;
    clearInterval(trickle);
    expect(sent).toBeLessThan(body.length);
    expect(received()).toMatch(/^HTTP\/1\.1 408/);
    process.stderr.write(`slow body: cut after ${ms} ms with ${sent} of ${body.length} bytes sent (deadline 1000 ms)\n`);
  });

  it('counts the 408 it answered before any route saw the request in /metrics', async () => {
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^http_responses_total\{method="",route="\(none\)",status="408"\} [1-9]/m);
  });

  it('is disconnected when it connects and sends nothing', async () => {
    const { closed, received } = await connect(server.url);
    const ms = await closed;
    expect(received()).not.toMatch(/^HTTP\/1\.1 200/);
    process.stderr.write(`silent connection: closed after ${ms} ms (header deadline 1000 ms)\n`);
  });

  it('has its keep-alive connection closed once idle after an answer', async () => {
    const { socket, received, closed } = await connect(server.url);
    socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n');
    await closed;
    expect(received()).toMatch(/^HTTP\/1\.1 200/);
    expect(received()).toContain('Keep-Alive: timeout=0');
  });
});

describe('the connection cap', () => {
  it('closes a connection beyond the cap at once, and takes new ones when others end', async () => {
    const held = await Promise.all([connect(capped.url), connect(capped.url), connect(capped.url)]);
    // Let the server accept them all before the one too many.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const extra = await connect(capped.url);
    extra.socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n');
    await extra.closed;
    expect(extra.received()).toBe('');
    for (const { socket } of held) socket.destroy();
    await Promise.all(held.map(({ closed }) => closed));
    const response = await fetch(`${capped.url}/health/live`);
    expect(response.status).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (base: string, origin: string) =>
    fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it('answers a preflight from an allowed origin with the headers a browser needs', async () => {
    const response = await preflight(server.url, ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toEqual(expect.stringContaining('authorization'));
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('gives a preflight from any other origin no CORS headers', async () => {
    const response = await preflight(server.url, 'https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('allows no origin at all by default', async () => {
    const response = await preflight(capped.url, ALLOWED);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('marks a query from an allowed origin readable by it, with the request id exposed', async () => {
    const post = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const allowed = await post(ALLOWED);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const other = await post('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
