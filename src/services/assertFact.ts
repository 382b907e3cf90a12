/** assertFact: a fact with its evidence, validated against the graph, written and audited. */
import { isDeepStrictEqual } from 'node:util';
import type { AssertFactInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { claimFact, factStateOf } from '../store/writes/claimFact';
import { writeBundle } from '../store/writes/loadBundle';
import { validateAgainstGraph } from './lib/validateAgainstGraph';
import { auditedWrite } from './lib/auditedWrite';

/**
 * Idempotent: asserting what the graph already holds (the same evidence, no stronger status, no
 * new date) changes nothing and records nothing, whether repeated or racing.
 */
export async function assertFact(db: Database, editor: string, input: AssertFactInput): Promise<string> {
  const bundle = await validateAgainstGraph(db, { documents: [], entities: [], facts: [{ file: 'input', value: input }] }, /^facts\[0\]/);
  const fact = bundle.facts[0]!;
  await auditedWrite(db, 'assertFact', editor, async (tx) => {
    const before = await claimFact(tx, fact);
    await writeBundle(tx, bundle);
    const changed = !isDeepStrictEqual(await factStateOf(tx, fact), before);
    const summary = `asserted ${fact.id} (${fact.status}) with ${bundle.evidence.length} evidence item(s)`;
    return { result: undefined, change: changed ? { summary, entityIds: [fact.fromId, fact.toId] } : undefined };
  });
  return fact.id;
}
