/** retractFact: hides a fact from every read, keeping it (and why) in the graph; audited. */
import type { Database } from '../db/database';
import { badInput, notFound } from '../errors';
import type { RetractedFactRecord } from '../store/records';
import { markRetracted } from '../store/writes/markRetracted';
import { auditedWrite } from './lib/auditedWrite';

/** The documented limit of a retraction's reason, in characters. */
export const MAX_RETRACT_REASON = 1_000;

// C0 controls other than tab and newlines, and DEL: a reason is read by people in the history.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export async function retractFact(db: Database, editor: string, id: string, reason: string): Promise<RetractedFactRecord> {
  const why = reason.trim();
  if (!/[\p{L}\p{N}]/u.test(why)) throw badInput('A retraction needs a reason in words.', 'reason');
  if (why.length > MAX_RETRACT_REASON) throw badInput(`A reason may be at most ${MAX_RETRACT_REASON} characters.`, 'reason');
  if (CONTROL.test(why)) throw badInput('A reason must not contain control characters.', 'reason');
  return auditedWrite(db, 'retractFact', editor, async (tx) => {
    const retracted = await markRetracted(tx, id, why, editor);
    if (!retracted) throw notFound(`No fact with id "${id.slice(0, 200)}".`);
    const { fact, fresh } = retracted;
    // Retracting a retracted fact changes nothing, so it records nothing (the first reason stays).
    return {
      result: fact,
      change: fresh ? { summary: `retracted ${id}: ${why.slice(0, 200)}`, entityIds: [fact.fromId, fact.toId] } : undefined,
    };
  });
}
