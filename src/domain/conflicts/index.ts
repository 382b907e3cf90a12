/**
 * Where sources disagree about one event or agreement (issue #14): a different list of parties,
 * another place or occasion, another date, a plan that a later report does not carry, another
 * post. Facts involved are flagged with both sides' evidence and a reason, for an editor to
 * settle; nothing is deleted. No database: the store gathers the
 * statements (store/conflicts.ts).
 */
import { dateConflicts, type DatedFact } from './dates';
import { notReportedConflicts } from './notReported';
import { roleConflicts } from './roles';
import { ANCHORED_AT } from './notReported';
import { otherValueConflicts, SINGLE_VALUED } from './otherValues';
import { PARTY_RELATIONS, partyConflicts } from './parties';
import type { Conflict, Statement } from './types';

export { PARTY_RELATIONS } from './parties';
export { SINGLE_VALUED } from './otherValues';
export { ANCHORED_AT } from './notReported';
export type * from './types';
export type { DatedFact } from './dates';

/**
 * The relation types the rules compare, by the end a store gathers their facts at: the event or
 * agreement (`byTo`: lists of parties, attendance) or the start (`byFrom`: a place or occasion, a
 * person's office).
 */
export const CONFLICT_ANCHORS: { byTo: readonly string[]; byFrom: readonly string[] } = {
  byTo: [
    ...new Set([...Object.keys(PARTY_RELATIONS), ...Object.entries(ANCHORED_AT).flatMap(([type, side]) => (side === 'to' ? [type] : []))]),
  ],
  byFrom: [
    ...new Set([
      ...Object.keys(SINGLE_VALUED),
      ...Object.entries(ANCHORED_AT).flatMap(([type, side]) => (side === 'from' ? [type] : [])),
      'HOLDS_OFFICE',
    ]),
  ],
};

/** Every conflict among the statements, by id (stable order for paging). */
export function findConflicts(statements: readonly Statement[], facts: ReadonlyMap<string, DatedFact>): Conflict[] {
  return [
    ...partyConflicts(statements),
    ...otherValueConflicts(statements),
    ...dateConflicts(statements, facts),
    ...notReportedConflicts(statements, facts),
    ...roleConflicts(statements),
  ].sort((a, b) => a.id.localeCompare(b.id));
}
