/** Hides a fact (inside a mutation's transaction): retracted facts stay, out of every read. */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { MATCH_FACT_BY_ID } from '../fragments';
import type { RetractedFactRecord } from '../records';

const retractFactQuery: NamedQuery = {
  name: 'retractFact',
  cypher: `${MATCH_FACT_BY_ID}
    SET r.retractedAt = coalesce(r.retractedAt, toString(datetime())),
        r.retractedBy = coalesce(r.retractedBy, $editor),
        r.retractReason = coalesce(r.retractReason, $reason)
    RETURN r { .id, .retractedAt, .retractedBy, .retractReason } AS fact, a.id AS fromId, b.id AS toId`,
};

/** Hides a fact (idempotent: a second retraction keeps the first reason); undefined if no such fact. */
export async function markRetracted(tx: Transaction, id: string, reason: string, editor: string): Promise<RetractedFactRecord | undefined> {
  const [row] = await tx.run<{ fact: Omit<RetractedFactRecord, 'fromId' | 'toId'>; fromId: string; toId: string }>(retractFactQuery, {
    id,
    reason,
    editor,
  });
  return row ? { ...row.fact, fromId: row.fromId, toId: row.toId } : undefined;
}
