/** One fact by its id (a mutation reads back what it wrote). */
import type { GraphRunner } from '../db/database';
import type { Transaction } from '../db/transaction';
import type { NamedQuery } from '../db/namedQuery';
import { factFields, MATCH_FACT_BY_ID } from './fragments';
import type { RelationRecord } from './records';
import { toRelationRecord } from './toRecords';

const findFactByIdQuery: NamedQuery = {
  name: 'findFactById',
  cypher: `${MATCH_FACT_BY_ID}
    RETURN ${factFields('otherId: b.id')} AS fact, a.id AS fromId`,
};

/** A fact by id, read from its start entity (retracted ones too: the caller decides). */
export async function findFactById(db: GraphRunner, id: string): Promise<RelationRecord | undefined> {
  const [row] = await db.read<{ fact: Record<string, unknown>; fromId: string }>(findFactByIdQuery, { id });
  return row ? toRelationRecord(row.fromId, row.fact, true) : undefined;
}

/** The same, read inside a write transaction: what the write itself just stored. */
export async function findFactByIdIn(tx: Transaction, id: string): Promise<RelationRecord | undefined> {
  const [row] = await tx.run<{ fact: Record<string, unknown>; fromId: string }>(findFactByIdQuery, { id });
  return row ? toRelationRecord(row.fromId, row.fact, true) : undefined;
}
