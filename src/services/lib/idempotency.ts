/**
 * Retrying a mutation under the same idempotency key returns the first outcome. auditedWrite
 * claims the key inside the write; this module answers a retry before the service's own checks
 * run, since those may now fail ("already merged") where the first attempt succeeded.
 */
import { idempotencyKeyReused } from '../../errors';
import { findIdempotentOutcome, type StoredOutcome } from '../../store/writes/idempotencyKeys';
import type { GraphRunner } from '../../db/database';
import type { IdempotencyScope, Writer } from './writer';

/** The stored outcome of an earlier attempt with this key, refused if it was another request. */
export function replayOutcome<T>(earlier: StoredOutcome, operation: string, key: IdempotencyScope): T {
  if (earlier.operation !== operation || earlier.fingerprint !== key.fingerprint) throw idempotencyKeyReused();
  return JSON.parse(earlier.outcome ?? 'null') as T;
}

/**
 * Runs `write` unless an earlier attempt under the writer's key already succeeded. An attempt
 * that fails because a concurrent one with the same key won in the meantime answers that one's
 * outcome too.
 */
export async function runOnce<T>(db: GraphRunner, writer: Writer, operation: string, write: () => Promise<T>): Promise<T> {
  const key = writer.idempotency;
  if (!key) return write();
  const earlier = await findIdempotentOutcome(db, key.id);
  if (earlier) return replayOutcome<T>(earlier, operation, key);
  try {
    return await write();
  } catch (error) {
    const winner = await findIdempotentOutcome(db, key.id).catch(() => undefined);
    if (winner) return replayOutcome<T>(winner, operation, key);
    throw error;
  }
}
