/**
 * Query.conflicts' use case: the statements the store gathers, compared by domain/conflicts, one
 * page of the result. Computed on each read rather than stored, so a conflict appears as soon as
 * a document that disagrees is ingested and goes once the proposals or facts behind it are
 * rejected or retracted; the gathering is bounded by the proposals (store/conflicts.ts).
 */
import type { GraphRunner } from '../db/database';
import { CONFLICT_ANCHORS, findConflicts, type Conflict } from '../domain/conflicts';
import { findConflictStatements } from '../store/conflicts';
import type { Page } from '../store/records';

export async function listConflicts(db: GraphRunner, window: { offset: number; first: number }): Promise<Page<Conflict>> {
  const { statements, facts } = await findConflictStatements(db, CONFLICT_ANCHORS);
  const all = findConflicts(statements, facts);
  return { totalCount: all.length, offset: window.offset, items: all.slice(window.offset, window.offset + window.first) };
}
