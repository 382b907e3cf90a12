/** What two entities are both directly connected to, by facts, most shared links first. */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import type { CommonConnectionRecord } from './records';
import { toRelationRecord } from './toRecords';

const commonConnectionsQuery: NamedQuery = {
  name: 'findCommonConnections',
  cypher: `
    MATCH (a:Entity {id: $a})-[ra]-(c:Entity)-[rb]-(b:Entity {id: $b})
    WHERE c <> a AND c <> b
      AND ra.id IS NOT NULL AND ra.retractedAt IS NULL AND rb.id IS NOT NULL AND rb.retractedAt IS NULL
    WITH c,
      collect(DISTINCT ra { .id, .date, .datePrecision, .dateInferred, .role, .status, type: type(ra), otherId: c.id,
                            outgoing: startNode(ra) = a }) AS viaA,
      collect(DISTINCT rb { .id, .date, .datePrecision, .dateInferred, .role, .status, type: type(rb), otherId: c.id,
                            outgoing: startNode(rb) = b }) AS viaB
    RETURN c.id AS entityId, viaA, viaB
    ORDER BY size(viaA) + size(viaB) DESC, c.nameKey, c.id
    LIMIT $first`,
};

type Row = {
  entityId: string;
  viaA: Array<Record<string, unknown> & { outgoing: boolean }>;
  viaB: Array<Record<string, unknown> & { outgoing: boolean }>;
};

export async function findCommonConnections(db: GraphRunner, a: string, b: string, first: number): Promise<CommonConnectionRecord[]> {
  const rows = await db.read<Row>(commonConnectionsQuery, { a, b, first });
  return rows.map((row) => ({
    entityId: row.entityId,
    viaA: row.viaA.map((item) => toRelationRecord(a, item, item.outgoing)),
    viaB: row.viaB.map((item) => toRelationRecord(b, item, item.outgoing)),
  }));
}
