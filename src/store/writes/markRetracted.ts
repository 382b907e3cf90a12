/** Hides a fact (inside a mutation's transaction): retracted facts stay, out of every read. */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { MATCH_FACT_BY_ID } from '../fragments';
import type { RetractedFactRecord } from '../records';

const retractFactQuery: NamedQuery = {
  name: 'retractFact',
  // Lock the relationship first (a write takes its lock), then read whether it was already retracted:
  // of two racing retractions exactly one sees it unretracted, so one audit record is written.
  cypher: `${MATCH_FACT_BY_ID}
    SET r.retractLock = true
    REMOVE r.retractLock
    WITH a, b, r, r.retractedAt IS NULL AS fresh
    SET r.retractedAt = coalesce(r.retractedAt, toString(datetime())),
        r.retractedBy = coalesce(r.retractedBy, $editor),
        r.retractReason = coalesce(r.retractReason, $reason)
    RETURN r { .id, .retractedAt, .retractedBy, .retractReason } AS fact, a.id AS fromId, b.id AS toId, fresh`,
};

/**
 * Hides a fact (idempotent: a second retraction keeps the first reason and says `fresh: false`);
 * undefined if no such fact.
 */
export async function markRetracted(
  tx: Transaction,
  id: string,
  reason: string,
  editor: string,
): Promise<{ fact: RetractedFactRecord; fresh: boolean } | undefined> {
  const [row] = await tx.run<{ fact: Omit<RetractedFactRecord, 'fromId' | 'toId'>; fromId: string; toId: string; fresh: boolean }>(
    retractFactQuery,
    { id, reason, editor },
  );
  return row ? { fact: { ...row.fact, fromId: row.fromId, toId: row.toId }, fresh: row.fresh } : undefined;
}
