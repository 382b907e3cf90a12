/**
 * Stops the HTTP server the way a rolling deploy needs: every request already sent is
 * answered, nothing new is accepted, and after `graceMs` whatever is still open is cut, so
 * shutdown is bounded.
 *
 * In order: readiness turns 503 and every answer says `Connection: close` (server.ts). Then the
 * listener stays open until the kernel's accept queue is empty: a server busy with requests
 * accepts about one waiting connection per turn of its event loop (measured: 7 of 16 still
 * queued 200 ms after SIGTERM), and closing the listener resets every connection still queued,
 * which a client sees as ECONNRESET on a request it had fully sent. The queue is taken as empty
 * after a few turns of the loop (each with an I/O poll) accept nothing. Then the listener
 * closes, idle sockets are closed as they become idle, and the requests in flight finish.
 */
import type { FastifyInstance } from 'fastify';
import type { Readiness } from './routes/health';

export interface DrainOptions {
  graceMs: number;
  /**
   * The longest the listener stays open after the signal, taking what clients had already sent
   * (half the grace by default: under load one queued connection takes one turn of the loop,
   * and a turn can take a few hundred milliseconds).
   */
  acceptWindowMs?: number;
}

const QUIET_TURNS = 5;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Turns the event loop until QUIET_TURNS turns in a row accept no connection, or the window ends. */
async function acceptWhatIsQueued(app: FastifyInstance, windowMs: number): Promise<void> {
  let accepted = 0;
  const count = () => (accepted += 1);
  app.server.on('connection', count);
  const deadline = Date.now() + windowMs;
  try {
    for (let quiet = 0; quiet < QUIET_TURNS && Date.now() < deadline;) {
      const before = accepted;
      await nextTurn();
      quiet = accepted === before ? quiet + 1 : 0;
    }
  } finally {
    app.server.off('connection', count);
  }
}

export async function drainAndClose(
  app: FastifyInstance,
  readiness: Readiness,
  { graceMs, acceptWindowMs = graceMs / 2 }: DrainOptions,
): Promise<void> {
  readiness.draining = true;
  await acceptWhatIsQueued(app, acceptWindowMs);
  const cut = setTimeout(() => app.server.closeAllConnections(), graceMs);
  // A socket that finished its request after close() began is idle now: close it as it comes.
  const reap = setInterval(() => app.server.closeIdleConnections(), 100);
  cut.unref();
  reap.unref();
  try {
    await app.close();
  } finally {
    clearTimeout(cut);
    clearInterval(reap);
  }
}
