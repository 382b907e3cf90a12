/** Facts by id: one (a mutation reads back what it wrote), or many at once (Query.nodes). */
import type { GraphRunner } from '../db/database';
import type { Transaction } from '../db/transaction';
import type { NamedQuery } from '../db/namedQuery';
import { factFields, IS_LIVE_FACT, MATCH_FACT_BY_ID } from './fragments';
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

const findLiveFactsByIdsQuery: NamedQuery = {
  name: 'findLiveFactsByIds',
  cypher: `
    UNWIND $ids AS id
    WITH id, split(id, '.') AS parts
    MATCH (a:Entity {id: parts[0]})-[r]->(b:Entity {id: parts[2]})
    WHERE r.id = id AND ${IS_LIVE_FACT}
    RETURN ${factFields('otherId: b.id')} AS fact, a.id AS fromId`,
};

/** Live (not retracted) facts by id, each read from its start entity; unknown ids are absent. */
export async function findLiveFactsByIds(db: GraphRunner, ids: readonly string[]): Promise<RelationRecord[]> {
  const rows = await db.read<{ fact: Record<string, unknown>; fromId: string }>(findLiveFactsByIdsQuery, { ids });
  return rows.map((row) => toRelationRecord(row.fromId, row.fact, true));
}
