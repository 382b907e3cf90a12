/** assertFact and retractFact. */
import { randomUUID } from 'node:crypto';
import type { AssertFactInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { notFound } from '../errors';
import { recordChange } from '../graph/audit';
import { retractFact as retractInGraph, type RetractedFactRecord } from '../graph/entityWrites';
import { writeBundle } from '../graph/loadBundle';
import { validateAgainstGraph } from './validation';

export async function assertFact(db: Database, editor: string, input: AssertFactInput): Promise<string> {
  const bundle = await validateAgainstGraph(db, { documents: [], entities: [], facts: [{ file: 'input', value: input }] }, /^facts\[0\]/);
  const fact = bundle.facts[0]!;
  await db.writeTransaction('assertFact', async (tx) => {
    await writeBundle(tx, bundle);
    await recordChange(tx, {
      id: randomUUID(),
      operation: 'assertFact',
      editor,
      summary: `asserted ${fact.id} (${fact.status}) with ${bundle.evidence.length} evidence item(s)`,
      entityIds: [fact.fromId, fact.toId],
    });
  });
  return fact.id;
}

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
