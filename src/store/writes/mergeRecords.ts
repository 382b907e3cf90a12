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
  at: string;
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
    RETURN c.id AS changeId, c.at AS at, c.undone AS undone, c.details AS details
    ORDER BY datetime(c.at) DESC, c.id DESC`,
};

/** The merges that folded `id` into another entity, newest first. */
export async function findMergesOf(tx: Transaction, id: string): Promise<MergeRecord[]> {
  const rows = await tx.run<{ changeId: string; at: string; undone: boolean; details: string }>(findMergeRecordsQuery, { id });
  return rows
    .map((row) => ({ changeId: row.changeId, at: row.at, undone: row.undone, undo: JSON.parse(row.details) as MergeUndo }))
    .filter((record) => record.undo.goneId === id);
}

// A change to `keep` after the merge that is still in force (times compared as datetimes: as
// strings, "12:00:01Z" sorts after "12:00:01.5Z"). Merges undone since, and the unmerges
// that undid them, left `keep` as it was, so they do not count: that is what lets a chain be
// undone step by step (undo A -> C, then B -> A).
const keepChangedSinceQuery: NamedQuery = {
  name: 'unmerge:keepChangedSince',
  cypher: `
    RETURN EXISTS {
      MATCH (later:Change)-[:CHANGED]->(:Entity {id: $keepId})
      WHERE datetime(later.at) > datetime($at) AND later.id <> $changeId AND NOT later.undone
        AND later.operation <> 'unmergeEntity'
    } AS changed`,
};

export async function keepChangedSince(tx: Transaction, record: MergeRecord): Promise<boolean> {
  const [row] = await tx.run<{ changed: boolean }>(keepChangedSinceQuery, {
    keepId: record.undo.keepId,
    at: record.at,
    changeId: record.changeId,
  });
  return row?.changed === true;
}
