/**
 * The one way a service writes: its statements and the audit record of what they changed, in
 * one write transaction named after the operation (all or nothing: no change without its record,
 * no record without its change). `work` returns its result and the change to record, or no
 * change when it found nothing to do (an alias the entity already had). Once the transaction has
 * committed, this process's name index is dropped (nameIndexCache.ts), so the next lookup or
 * ingestion sees the names just written.
 */
import { randomUUID } from 'node:crypto';
import type { GraphRunner } from '../../db/database';
import type { Transaction } from '../../db/transaction';
import { recordChange } from '../../store/writes/recordChange';
import { invalidateNameIndex } from './nameIndexCache';

export interface Change {
  summary: string;
  /** The entities (or merged-away ids) the change touched: their history lists it. */
  entityIds: string[];
  /** What an undo needs (kept as JSON). */
  details?: unknown;
}

export interface Audited<T> {
  result: T;
  change: Change | undefined;
}

export async function auditedWrite<T>(
  db: GraphRunner,
  operation: string,
  editor: string,
  work: (tx: Transaction) => Promise<Audited<T>>,
): Promise<T> {
  const committed = await db.writeTransaction(operation, async (tx) => {
    const { result, change } = await work(tx);
    if (change) await recordChange(tx, { id: randomUUID(), operation, editor, ...change });
    return result;
  });
  invalidateNameIndex();
  return committed;
}
