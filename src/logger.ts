/** The process logger (pino: structured JSON, cheap when a level is off). */
import pino, { type Logger } from 'pino';

export type { Logger };

/** Lines are written once this much has gathered, or at the next flush tick, whichever is first. */
const BUFFER_BYTES = 4096;
const FLUSH_EVERY_MS = 1000;

/**
 * A logger writing to stdout. Lines are buffered: pino's default destination makes one write
 * system call per line, and at info every GraphQL request logs two (the access line and the
 * operation line), about 5 % of a relation page's CPU. A line reaches stdout within a second;
 * on exit, a crash included, pino flushes what is left synchronously (only a SIGKILL loses it).
 */
export function createLogger(level: string): Logger {
  if (level === 'silent') return pino({ level });
  const destination = pino.destination({ dest: 1, minLength: BUFFER_BYTES, sync: false });
  setInterval(() => destination.flush(), FLUSH_EVERY_MS).unref();
  return pino({ level, base: { service: 'partnership-graph' } }, destination);
}
