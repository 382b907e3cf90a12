/**
 * The audit log: one (:Change) node per write, linked to the entities it touched, written in the
 * same transaction as the write itself. `details` keeps what an undo needs (JSON).
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { entityOrRedirectWithId } from '../fragments';

export interface ChangeInput {
  id: string;
  operation: string;
  editor: string;
  summary: string;
  entityIds: string[];
  details?: unknown;
}

const recordChangeQuery: NamedQuery = {
  name: 'recordChange',
  cypher: `
    CREATE (c:Change {id: $id, operation: $operation, editor: $editor, summary: $summary,
                      details: $details, at: toString(datetime()), undone: false})
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
  });
}
