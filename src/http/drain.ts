/**
 * Stops the HTTP server the way a rolling deploy needs: every request already received is
 * answered, nothing new is accepted, and after `graceMs` whatever is still open is cut, so
 * shutdown is bounded.
 *
 * In order: readiness turns 503 and every response says `Connection: close`; one short settle
 * lets the event loop accept and read what clients had already sent when the signal came (a
 * busy loop may not have read it yet, and Node's close() would reset a socket whose request it
 * has not parsed as "idle"); then the listener closes, idle keep-alive sockets are closed, and
 * the in-flight requests finish.
 */
import type { FastifyInstance } from 'fastify';
import type { Readiness } from './routes/health';

export interface DrainOptions {
  graceMs: number;
  /** How long accepted-but-unread requests get to be read before the listener closes. */
  settleMs?: number;
}

export async function drainAndClose(app: FastifyInstance, readiness: Readiness, { graceMs, settleMs = 200 }: DrainOptions): Promise<void> {
  readiness.draining = true;
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const cut = setTimeout(() => app.server.closeAllConnections(), graceMs);
  cut.unref();
  try {
    await app.close();
  } finally {
    clearTimeout(cut);
  }
}
