/**
 * Where sources disagree about one event or agreement (issue #14): a different list of parties,
 * another place or occasion, another date. Facts involved are flagged with both sides' evidence
 * and a reason, for an editor to settle; nothing is deleted. No database: the store gathers the
 * statements (store/conflicts.ts).
 */
import { dateConflicts, type DatedFact } from './dates';
import { otherValueConflicts } from './otherValues';
import { partyConflicts } from './parties';
import type { Conflict, Statement } from './types';

export { PARTY_RELATIONS } from './parties';
export { SINGLE_VALUED } from './otherValues';
export type * from './types';
export type { DatedFact } from './dates';

/** Every conflict among the statements, by id (stable order for paging). */
export function findConflicts(statements: readonly Statement[], facts: ReadonlyMap<string, DatedFact>): Conflict[] {
  return [...partyConflicts(statements), ...otherValueConflicts(statements), ...dateConflicts(statements, facts)].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
}
