/** assertFact: a fact with its evidence, validated against the graph, written and audited. */
import { randomUUID } from 'node:crypto';
import type { AssertFactInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { recordChange } from '../store/writes/recordChange';
import { writeBundle } from '../store/writes/loadBundle';
import { validateAgainstGraph } from './lib/validateAgainstGraph';

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
