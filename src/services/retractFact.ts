/** retractFact: hides a fact from every read, keeping it (and why) in the graph; audited. */
import type { Database } from '../db/database';
import { MAX_RETRACT_REASON, retractReason } from '../domain/bundle/bundleSchema';
import { badInput, notFound } from '../errors';
import type { RetractedFactRecord } from '../store/records';
import { markRetracted } from '../store/writes/markRetracted';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';

export async function retractFact(
  db: Database,
  writer: Writer,
  id: string,
  reason: string,
): Promise<{ retractedFact: RetractedFactRecord; changed: boolean }> {
  // The same text rules as names (domain/bundle): trimmed, a letter or digit, no control characters.
  const parsed = retractReason.safeParse(reason);
  if (!parsed.success)
    throw badInput(
      `input.reason: ${parsed.error.issues[0]?.message ?? 'invalid'} (a reason is 1 to ${MAX_RETRACT_REASON} characters).`,
      'input.reason',
    );
  const why = parsed.data;
  return auditedWrite(db, 'retractFact', writer, async (tx) => {
    const retracted = await markRetracted(tx, id, why, writer.name);
    if (!retracted) throw notFound(`No fact with id "${id.slice(0, 200)}".`);
    const { fact, fresh } = retracted;
    // Retracting a retracted fact changes nothing, so it records nothing (the first reason stays).
    return {
      result: { retractedFact: fact, changed: fresh },
      change: fresh ? { summary: `retracted ${id}: ${why.slice(0, 200)}`, entityIds: [fact.fromId, fact.toId], factIds: [id] } : undefined,
    };
  });
}
