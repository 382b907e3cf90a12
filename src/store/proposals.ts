/** Reads of the fact proposals stored with documents (writes/writeProposals.ts). */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { factFields, IS_LIVE_FACT } from './fragments';
import type { ProposalEndRecord, ProposalPage, ProposalRecord, ProposalState, RelationRecord } from './records';
import { toRelationRecord } from './toRecords';

function endOf(row: Record<string, unknown>, side: 'from' | 'to'): ProposalEndRecord {
  return {
    kind: row[`${side}Kind`] as ProposalEndRecord['kind'],
    id: row[`${side}Id`] as string,
    name: row[`${side}Name`] as string,
    type: row[`${side}Type`] as ProposalEndRecord['type'],
    text: row[`${side}Text`] as string,
  };
}

export function toProposalRecord(row: Record<string, unknown>): ProposalRecord {
  const nullable = <T>(key: string) => (row[key] ?? null) as T | null;
  return {
    id: row.id as string,
    documentId: row.documentId as string,
    type: row.type as ProposalRecord['type'],
    from: endOf(row, 'from'),
    to: endOf(row, 'to'),
    status: row.status as ProposalRecord['status'],
    statusCue: nullable<string>('statusCue'),
    date: nullable<string>('date'),
    datePrecision: nullable<ProposalRecord['datePrecision'] & string>('datePrecision'),
    dateInferred: nullable<boolean>('dateInferred'),
    dateText: nullable<string>('dateText'),
    confidence: row.confidence as number,
    cue: row.cue as string,
    cueText: row.cueText as string,
    role: nullable<string>('role'),
    quote: row.quote as string,
    start: row.start as number,
    end: row.end as number,
    sentence: row.sentence as string,
    sentenceStart: row.sentenceStart as number,
    sentenceEnd: row.sentenceEnd as number,
    judgementKey: row.judgementKey as string,
    state: (row.state as ProposalState | null) ?? 'OPEN',
    judgement: row.judgedBy
      ? {
          editor: row.judgedBy as string,
          at: row.judgedAt as string,
          reason: nullable<string>('rejectReason'),
          factId: nullable<string>('factId'),
        }
      : null,
  };
}

const findProposalsByIdsQuery: NamedQuery = {
  name: 'findProposalsByIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (p:Proposal {id: id})
    RETURN p { .* } AS proposal`,
};

/** Proposals by id, in any order; unknown ids are absent. */
export async function findProposalsByIds(db: GraphRunner, ids: readonly string[]): Promise<ProposalRecord[]> {
  const rows = await db.read<{ proposal: Record<string, unknown> }>(findProposalsByIdsQuery, { ids });
  return rows.map((row) => toProposalRecord(row.proposal));
}

const listProposalsQuery: NamedQuery = {
  name: 'listProposals',
  cypher: `
    CALL () { OPTIONAL MATCH (d:Document {id: $documentId}) RETURN $documentId IS NULL OR d IS NOT NULL AS known }
    CALL () {
      MATCH (p:Proposal)
      WHERE ($documentId IS NULL OR p.documentId = $documentId) AND ($state IS NULL OR p.state = $state)
        AND ($type IS NULL OR p.type = $type)
      WITH p ORDER BY p.documentId, p.sentenceStart, p.start, p.id
      WITH collect(p { .* }) AS found
      RETURN size(found) AS total, found[$offset..($offset + $first)] AS page
    }
    RETURN known, total, page`,
};

/** A page of proposals (of one document, state and type, or all); undefined when the document does not exist. */
export async function listProposals(
  db: GraphRunner,
  filter: { documentId: string | null; state: ProposalState | null; type: string | null; offset: number; first: number },
): Promise<ProposalPage | undefined> {
  const [row] = await db.read<{ known: boolean; total: number; page: Array<Record<string, unknown>> }>(listProposalsQuery, filter);
  if (!row?.known) return undefined;
  return { totalCount: row.total, offset: filter.offset, items: row.page.map(toProposalRecord) };
}

const findRejectedJudgementKeysQuery: NamedQuery = {
  name: 'findRejectedProposalKeys',
  cypher: `
    MATCH (p:Proposal {state: 'REJECTED'}) WHERE p.judgementKey IN $keys
    RETURN DISTINCT p.judgementKey AS key`,
};

/** Which of these judgement keys an editor rejected before (in any document). */
export async function findRejectedJudgementKeys(db: GraphRunner, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.read<{ key: string }>(findRejectedJudgementKeysQuery, { keys });
  return new Set(rows.map((row) => row.key));
}

/** A relation between two entities, as a proposal states it: what an existing fact may match. */
export interface FactShape {
  type: string;
  fromId: string;
  toId: string;
  /** PARTNER_OF and COOPERATES_WITH are stored once and read both ways. */
  symmetric: boolean;
}

export const factShapeKey = (shape: FactShape) => `${shape.type}|${shape.fromId}|${shape.toId}`;

// HOLDS_OFFICE facts carry the role in their id; a proposal names none, so any role matches
// (the one with the smallest id, for a stable answer).
const findFactsByShapeQuery: NamedQuery = {
  name: 'findFactsByShape',
  cypher: `
    UNWIND $shapes AS shape
    CALL (shape) {
      MATCH (a:Entity {id: shape.fromId})-[r]-(b:Entity {id: shape.toId})
      WHERE type(r) = shape.type AND ${IS_LIVE_FACT} AND (shape.symmetric OR startNode(r) = a)
      WITH r ORDER BY r.id LIMIT 1
      RETURN ${factFields('otherId: endNode(r).id')} AS fact, startNode(r).id AS fromId
    }
    RETURN shape.key AS key, fact, fromId`,
};

/** The live fact each shape states (keyed by factShapeKey), read from its start entity. */
export async function findFactsByShape(db: GraphRunner, shapes: readonly FactShape[]): Promise<Map<string, RelationRecord>> {
  const rows = await db.read<{ key: string; fact: Record<string, unknown>; fromId: string }>(findFactsByShapeQuery, {
    shapes: shapes.map((shape) => ({ ...shape, key: factShapeKey(shape) })),
  });
  return new Map(rows.map((row) => [row.key, toRelationRecord(row.fromId, row.fact, true)]));
}
