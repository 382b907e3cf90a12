/**
 * The one way a service writes: its statements and the audit record of what they changed, in
 * one write transaction named after the operation (all or nothing: no change without its record,
 * no record without its change). `work` returns its result and the change to record, or no
 * change when it found nothing to do (an alias the entity already had). Once the transaction has
 * committed, this process's name index is dropped (nameIndexCache.ts), so the next lookup or
 * ingestion sees the names just written, unless the write says it leaves names alone.
 *
 * With an idempotency key the same transaction claims the key and stores the result, so a retry
 * (by the client, or by the driver after a commit whose answer was lost) returns that result and
 * writes nothing. A service therefore returns what auditedWrite returns (plain JSON values).
 *
 * The records get their places in the change feed's sequence last (sequenceChanges), so the
 * feed lists changes in commit order (docs/changes.md).
 */
import { randomUUID } from 'node:crypto';
import type { GraphRunner } from '../../db/database';
import type { Transaction } from '../../db/transaction';
import { recordChange, sequenceChanges } from '../../store/writes/recordChange';
import { claimIdempotencyKey, saveIdempotentOutcome } from '../../store/writes/idempotencyKeys';
import { replayOutcome } from './idempotency';
import { invalidateNameIndex } from './nameIndexCache';
import type { Writer } from './writer';

export interface Change {
  summary: string;
  /** The entities (or merged-away ids) the change touched: their history lists it. */
  entityIds: string[];
  /** The facts it asserted or retracted: the change feed shows their evidence. */
  factIds?: string[];
  /** The documents it added, or whose links it changed. */
  documentIds?: string[];
  /** What an undo needs (kept as JSON). */
  details?: unknown;
}

export interface Audited<T> {
  result: T;
  change: Change | undefined;
  /**
   * Further records of other operations the same transaction carried out, written before `change`
   * (an unmerge out of a chain merges the rest of the chain again: each such merge is recorded
   * as a merge, so it can be undone in turn).
   */
  alsoRecorded?: Array<Change & { operation: string }>;
}

export interface AuditedWriteOptions {
  /**
   * The write leaves names, aliases, facts and verdicts on names alone (ingestDocument: a
   * document, its mentions and candidates): the name index is kept, here and on other replicas,
   * so a stream of ingested articles does not rebuild it after each one.
   */
  leavesNamesAlone?: boolean;
}

export async function auditedWrite<T>(
  db: GraphRunner,
  operation: string,
  writer: Writer,
  work: (tx: Transaction) => Promise<Audited<T>>,
  options: AuditedWriteOptions = {},
): Promise<T> {
  const changesNames = !options.leavesNamesAlone;
  const key = writer.idempotency;
  const committed = await db.writeTransaction(operation, async (tx) => {
    if (key) {
      const earlier = await claimIdempotencyKey(tx, { ...key, operation, claim: randomUUID() });
      if (earlier) return replayOutcome<T>(earlier, operation, key);
    }
    const { result, change, alsoRecorded = [] } = await work(tx);
    const recorded = [...alsoRecorded, ...(change ? [{ ...change, operation }] : [])].map((one) => ({
      ...one,
      id: randomUUID(),
      changesNames,
    }));
    for (const one of recorded) await recordChange(tx, { editor: writer.name, ...one });
    // Last, so the feed's counter is locked only from here to the commit (recordChange.ts).
    await sequenceChanges(
      tx,
      recorded.map((one) => one.id),
    );
    if (key) await saveIdempotentOutcome(tx, key.id, JSON.stringify(result ?? null));
    return result;
  });
  if (changesNames) invalidateNameIndex();
  return committed;
}
