/** Hides a fact (inside a mutation's transaction): retracted facts stay, out of every read. */
import type { ManagedTransaction } from 'neo4j-driver';
import type { NamedQuery } from '../../db/database';
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
export async function retractFact(tx: ManagedTransaction, id: string, reason: string, editor: string): Promise<RetractedFactRecord | undefined> {
  const result = await tx.run(retractFactQuery.cypher, { id, reason, editor });
  const record = result.records[0];
  if (!record) return undefined;
  const fact = record.get('fact') as Omit<RetractedFactRecord, 'fromId' | 'toId'>;
  return { ...fact, fromId: record.get('fromId') as string, toId: record.get('toId') as string };
}
