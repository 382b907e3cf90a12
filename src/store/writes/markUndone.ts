/** Marks an audit record undone (unmerge), inside the caller's transaction. */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';

const markUndoneQuery: NamedQuery = {
  name: 'markUndone',
  cypher: 'MATCH (c:Change {id: $changeId}) SET c.undone = true',
};

export async function markUndone(tx: Transaction, changeId: string): Promise<void> {
  await tx.run(markUndoneQuery, { changeId });
}
