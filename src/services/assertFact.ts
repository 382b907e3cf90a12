/** assertFact: a fact with its evidence, validated against the graph, written and audited. */
import type { AssertFactInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { writeBundle } from '../store/writes/loadBundle';
import { validateAgainstGraph } from './lib/validateAgainstGraph';
import { auditedWrite } from './lib/auditedWrite';

export async function assertFact(db: Database, editor: string, input: AssertFactInput): Promise<string> {
  const bundle = await validateAgainstGraph(db, { documents: [], entities: [], facts: [{ file: 'input', value: input }] }, /^facts\[0\]/);
  const fact = bundle.facts[0]!;
  await auditedWrite(db, 'assertFact', editor, async (tx) => {
    await writeBundle(tx, bundle);
    const summary = `asserted ${fact.id} (${fact.status}) with ${bundle.evidence.length} evidence item(s)`;
    return { result: undefined, change: { summary, entityIds: [fact.fromId, fact.toId] } };
  });
  return fact.id;
}
