/**
 * The audit records of merges, read inside an unmerge's transaction (after its locks): the merge
 * that made an id a redirect, and whether the entity it was merged into changed afterwards.
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import type { MergeUndo } from './mergeUndo';
import { entityOrRedirectWithId } from '../fragments';

export interface MergeRecord {
  changeId: string;
  /** The merge's place in commit order (store/writes/recordChange.ts sequenceChanges). */
  seq: number;
  undone: boolean;
  undo: MergeUndo;
}

// Every merge record touches both of its ids; the ones that merged `$id` away are picked by
// their undo record (an entity kept in several merges is touched by all of them).
const findMergeRecordsQuery: NamedQuery = {
  name: 'unmerge:findMergeRecords',
  cypher: `
    ${entityOrRedirectWithId('$id', 'n')}
    MATCH (c:Change {operation: 'mergeEntities'})-[:CHANGED]->(n)
    RETURN c.id AS changeId, c.seq AS seq, c.undone AS undone, c.details AS details
    ORDER BY c.seq DESC`,
};

/** The merges that folded `id` into another entity, newest first. */
export async function findMergesOf(tx: Transaction, id: string): Promise<MergeRecord[]> {
  const rows = await tx.run<{ changeId: string; seq: number; undone: boolean; details: string }>(findMergeRecordsQuery, {
    id,
  });
  return rows
    .map((row) => ({ changeId: row.changeId, seq: row.seq, undone: row.undone, undo: JSON.parse(row.details) as MergeUndo }))
    .filter((record) => record.undo.goneId === id);
}

// A change to `keep` after the merge that is still in force. "After" is commit order (the change
// feed's sequence), not the transaction clock: two writes in one millisecond have the same time
// but never the same place in the sequence. Merges undone since, and the unmerges
// that undid them, left `keep` as it was, so they do not count: that is what lets a chain be
// undone step by step (undo A -> C, then B -> A).
const keepChangedSinceQuery: NamedQuery = {
  name: 'unmerge:keepChangedSince',
  cypher: `
    RETURN EXISTS {
      MATCH (later:Change)-[:CHANGED]->(:Entity {id: $keepId})
      WHERE later.seq > $seq AND later.id <> $changeId AND NOT later.undone
        AND later.operation <> 'unmergeEntity'
    } AS changed`,
};

export async function keepChangedSince(tx: Transaction, record: MergeRecord): Promise<boolean> {
  const [row] = await tx.run<{ changed: boolean }>(keepChangedSinceQuery, {
    keepId: record.undo.keepId,
    seq: record.seq,
    changeId: record.changeId,
  });
  return row?.changed === true;
}
