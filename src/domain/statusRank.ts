/**
 * How strongly a source states a fact: POSSIBLE < EXPECTED < PLANNED < REPORTED. A fact's status is the
 * strongest its evidence gives; asserting it again, or merging, only ever raises it. The one
 * ranking: validation compares with it, and store/fragments.ts writes it into Cypher.
 */
import type { FactStatus } from '../__generated__/graphql';

export const STATUS_RANK: Readonly<Record<FactStatus, number>> = { POSSIBLE: 0, EXPECTED: 1, PLANNED: 2, REPORTED: 3 };

/** Whether `status` is stronger than `than` (anything is stronger than no status). */
export function isStronger(status: FactStatus, than: FactStatus | null | undefined): boolean {
  return than == null || STATUS_RANK[status] > STATUS_RANK[than];
}
