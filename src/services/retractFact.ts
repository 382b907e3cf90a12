/** retractFact: hides a fact from every read, keeping it (and why) in the graph; audited. */
import type { Database } from '../db/database';
import { notFound } from '../errors';
import type { RetractedFactRecord } from '../store/records';
import { markRetracted } from '../store/writes/markRetracted';
import { auditedWrite } from './lib/auditedWrite';

export async function retractFact(db: Database, editor: string, id: string, reason: string): Promise<RetractedFactRecord> {
  return auditedWrite(db, 'retractFact', editor, async (tx) => {
    const retracted = await markRetracted(tx, id, reason, editor);
    if (!retracted) throw notFound(`No fact with id "${id.slice(0, 200)}".`);
    return {
      result: retracted,
      change: { summary: `retracted ${id}: ${reason.slice(0, 200)}`, entityIds: [retracted.fromId, retracted.toId] },
    };
  });
}
