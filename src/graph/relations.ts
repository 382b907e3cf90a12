/** Relation (fact) reads: pages of an entity's relations, and the evidence of facts. */
import type { Direction, RelationType } from '../__generated__/graphql';
import type { GraphRunner, NamedQuery } from '../db/database';
import { factFields, IS_LIVE_FACT } from './factFields';
import type { EvidenceRecord, RelationPage, RelationRecord } from './records';

export interface RelationFilter {
  types: RelationType[] | null;
  direction: Direction;
  offset: number;
  first: number;
}

// One query for many entities (the loader's batch). Documents' MENTIONS links end at entities
// too, but start at a Document, so `other:Entity` keeps them out. Retracted facts stay hidden.
const findRelationPagesQuery: NamedQuery = {
  name: 'findRelationPages',
  cypher: `
    UNWIND $ids AS id
    MATCH (self:Entity {id: id})
    CALL (self) {
      MATCH (self)-[r]-(other:Entity)
      WHERE ${IS_LIVE_FACT}
        AND ($types IS NULL OR type(r) IN $types)
        AND CASE $direction
              WHEN 'OUTGOING' THEN startNode(r) = self
              WHEN 'INCOMING' THEN endNode(r) = self
              ELSE true END
      WITH r, other, startNode(r) = self AS outgoing
      ORDER BY type(r), other.name, r.id
      WITH collect(${factFields('otherId: other.id, outgoing: outgoing')}) AS facts
      RETURN size(facts) AS total, facts[$offset..($offset + $first)] AS page
    }
    RETURN id, total, page`,
};

const findEvidenceByFactIdsQuery: NamedQuery = {
  name: 'findEvidenceByFactIds',
  cypher: `
    UNWIND $factIds AS factId
    MATCH (ev:Evidence {factId: factId})-[:QUOTED_FROM]->(d:Document)
    RETURN ev { .id, .factId, .quote, .start, .end, .status, documentId: d.id } AS evidence
    ORDER BY ev.factId, d.id, ev.start`,
};

interface PageRow {
  id: string;
  total: number;
  page: Array<Record<string, unknown> & { outgoing: boolean; otherId: string }>;
}

export function toRelationRecord(selfId: string, row: Record<string, unknown>, outgoing: boolean): RelationRecord {
  return {
    id: row.id as string,
    type: row.type as RelationType,
    direction: outgoing ? 'OUTGOING' : 'INCOMING',
    selfId,
    otherId: row.otherId as string,
    date: (row.date as string | null) ?? null,
    datePrecision: (row.datePrecision as RelationRecord['datePrecision']) ?? null,
    dateInferred: (row.dateInferred as boolean | null) ?? null,
    role: (row.role as string | null) ?? null,
    status: row.status as RelationRecord['status'],
  };
}

/** Pages of relations for several entities with the same filter, in one round trip. */
export async function findRelationPages(
  db: GraphRunner,
  entityIds: readonly string[],
  filter: RelationFilter,
): Promise<Map<string, RelationPage>> {
  const rows = await db.read<PageRow>(findRelationPagesQuery, {
    ids: entityIds,
    types: filter.types,
    direction: filter.direction,
    offset: filter.offset,
    first: filter.first,
  });
  const pages = new Map<string, RelationPage>();
  for (const row of rows) {
    pages.set(row.id, {
      totalCount: row.total,
      offset: filter.offset,
      relations: row.page.map((item) => toRelationRecord(row.id, item, item.outgoing)),
    });
  }
  return pages;
}

export async function findEvidenceByFactIds(db: GraphRunner, factIds: readonly string[]): Promise<EvidenceRecord[]> {
  const rows = await db.read<{ evidence: EvidenceRecord }>(findEvidenceByFactIdsQuery, { factIds });
  return rows.map((row) => row.evidence);
}

const findFactByIdQuery: NamedQuery = {
  name: 'findFactById',
  cypher: `
    WITH split($id, '.') AS parts
    MATCH (a:Entity {id: parts[0]})-[r]->(b:Entity {id: parts[2]})
    WHERE r.id = $id
    RETURN ${factFields('otherId: b.id')} AS fact, a.id AS fromId`,
};

/** A fact by id, read from its start entity (retracted ones too: the caller decides). */
export async function findFactById(db: GraphRunner, id: string): Promise<RelationRecord | undefined> {
  const [row] = await db.read<{ fact: Record<string, unknown>; fromId: string }>(findFactByIdQuery, { id });
  return row ? toRelationRecord(row.fromId, row.fact, true) : undefined;
}
