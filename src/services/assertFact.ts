/** assertFact: a fact with its evidence, validated against the graph, written and audited. */
import type { AssertFactInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import type { RelationRecord } from '../store/records';
import { validateAgainstGraph } from './lib/validateAgainstGraph';
import { auditedWrite } from './lib/auditedWrite';
import { storeFact } from './lib/storeFact';
import type { Writer } from './lib/writer';

/**
 * Idempotent: asserting what the graph already holds (the same evidence, no stronger status, no
 * new date) changes nothing and records nothing, whether repeated or racing. The write itself
 * (ends locked, merged-away ends refused, the fact read back) is lib/storeFact.ts.
 */
export async function assertFact(
  db: Database,
  writer: Writer,
  input: AssertFactInput,
): Promise<{ relation: RelationRecord; changed: boolean }> {
  const bundle = await validateAgainstGraph(db, { documents: [], entities: [], facts: [{ file: 'input', value: input }] }, /^facts\[0\]/);
  const fact = bundle.facts[0]!;
  return auditedWrite(db, 'assertFact', writer, async (tx) => {
    const { stored, changed } = await storeFact(tx, bundle, { from: 'input.from', to: 'input.to' });
    const summary = `asserted ${fact.id} (${fact.status}) with ${bundle.evidence.length} evidence item(s)`;
    return {
      result: { relation: stored, changed },
      change: changed
        ? { summary, entityIds: [fact.fromId, fact.toId], factIds: [fact.id], documentIds: bundle.evidence.map((ev) => ev.documentId) }
        : undefined,
    };
  });
}
