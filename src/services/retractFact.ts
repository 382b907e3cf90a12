/** retractFact: hides a fact from every read, keeping it (and why) in the graph; audited. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { notFound } from '../errors';
import type { RetractedFactRecord } from '../store/records';
import { recordChange } from '../store/writes/recordChange';
import { retractFact as retractInGraph } from '../store/writes/retractFact';

export async function retractFact(db: Database, editor: string, id: string, reason: string): Promise<RetractedFactRecord> {
  return db.writeTransaction('retractFact', async (tx) => {
    const retracted = await retractInGraph(tx, id, reason, editor);
    if (!retracted) throw notFound(`No fact with id "${id.slice(0, 200)}".`);
    await recordChange(tx, {
      id: randomUUID(),
      operation: 'retractFact',
      editor,
      summary: `retracted ${id}: ${reason.slice(0, 200)}`,
      entityIds: [retracted.fromId, retracted.toId],
    });
    return retracted;
  });
}
