/** Marks an audit record undone (unmerge), inside the caller's transaction. */
import type { ManagedTransaction } from 'neo4j-driver';

export async function markUndone(tx: ManagedTransaction, changeId: string): Promise<void> {
  await tx.run('MATCH (c:Change {id: $changeId}) SET c.undone = true', { changeId });
}
