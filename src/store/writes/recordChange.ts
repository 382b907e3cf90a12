/**
 * The audit log: one (:Change) node per write, linked to the entities it touched, written in the
 * same transaction as the write itself. `details` keeps what an undo needs (JSON); `factIds` and
 * `documentIds` name the evidence involved, for the change feed (docs/changes.md).
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { entityOrRedirectWithId, lockIfMatched } from '../fragments';

export interface ChangeInput {
  id: string;
  operation: string;
  editor: string;
  summary: string;
  entityIds: string[];
  /** The facts it asserted or retracted. */
  factIds?: string[];
  /** The documents it added, or whose links it changed. */
  documentIds?: string[];
  details?: unknown;
  /**
   * False for a write that leaves every name, alias, fact and verdict on names as it was (an
   * ingested document: its mentions and candidates). Other changes are also labelled
   * :NameChange, which other replicas count to know when their name index is stale (countGraph.ts).
   */
  changesNames?: boolean;
}

const recordChangeQuery: NamedQuery = {
  name: 'recordChange',
  cypher: `
    CREATE (c:Change {id: $id, operation: $operation, editor: $editor, summary: $summary,
                      details: $details, at: toString(datetime()), undone: false,
                      factIds: $factIds, documentIds: $documentIds})
    FOREACH (_ IN CASE WHEN $changesNames THEN [1] ELSE [] END | SET c:NameChange)
    WITH c
    UNWIND $entityIds AS entityId
    ${entityOrRedirectWithId('entityId', 'e')}
    MERGE (c)-[:CHANGED]->(e)`,
};

export async function recordChange(tx: Transaction, change: ChangeInput): Promise<void> {
  await tx.run(recordChangeQuery, {
    id: change.id,
    operation: change.operation,
    editor: change.editor,
    summary: change.summary.slice(0, 500),
    details: change.details === undefined ? null : JSON.stringify(change.details),
    entityIds: change.entityIds,
    factIds: [...new Set(change.factIds ?? [])],
    documentIds: [...new Set(change.documentIds ?? [])],
    changesNames: change.changesNames ?? true,
  });
}

/**
 * Numbers the transaction's changes (in the order given) with the next values of one counter,
 * the (:ChangeSequence) node. Its write lock is held until commit, so a second writer waits here
 * until the first has committed: sequence order is commit order, and a reader that sees change
 * n has already been able to see every change below n. A timestamp gives neither (two commits in
 * one millisecond tie, and a transaction that started first may commit last), nor does an id.
 * Run as the transaction's last statement, so the lock is held for as short a time as possible
 * and taken after every other lock of the write (no deadlock with a writer holding an entity).
 */
const sequenceChangesQuery: NamedQuery = {
  name: 'sequenceChanges',
  cypher: `
    MERGE (s:ChangeSequence {id: 'changes'})
      ON CREATE SET s.last = 0
      ${lockIfMatched('s')}
    WITH s, s.last AS before
    SET s.last = before + size($ids)
    WITH before
    UNWIND range(0, size($ids) - 1) AS i
    MATCH (c:Change {id: $ids[i]})
    SET c.seq = before + i + 1`,
};

export async function sequenceChanges(tx: Transaction, changeIds: readonly string[]): Promise<void> {
  if (changeIds.length > 0) await tx.run(sequenceChangesQuery, { ids: changeIds });
}
