/** Reads of the name candidates stored with documents (writes/writeCandidates.ts). */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import type { CandidatePage, CandidateRecord, CandidateState, NameMatchRecord } from './records';

const findCandidatesByDocumentIdsQuery: NamedQuery = {
  name: 'findNameCandidatesByDocumentIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (c:NameCandidate)-[:FOUND_IN]->(:Document {id: id})
    RETURN c { .* } AS candidate
    ORDER BY id, c.start, c.end`,
};

export function toCandidateRecord(row: Record<string, unknown>): CandidateRecord {
  return {
    id: row.id as string,
    documentId: row.documentId as string,
    kind: row.kind as CandidateRecord['kind'],
    name: row.name as string,
    type: row.type as CandidateRecord['type'],
    surface: row.surface as string,
    start: row.start as number,
    end: row.end as number,
    sentence: row.sentence as string,
    sentenceStart: row.sentenceStart as number,
    sentenceEnd: row.sentenceEnd as number,
    matches: JSON.parse((row.matches as string | null) ?? '[]') as NameMatchRecord[],
    state: (row.state as CandidateRecord['state'] | null) ?? 'OPEN',
    judgement: row.judgedBy
      ? {
          editor: row.judgedBy as string,
          at: row.judgedAt as string,
          entityId: (row.judgedEntityId as string | null) ?? null,
          addedAlias: (row.addedAlias as string | null) ?? null,
        }
      : null,
    unsure: row.unsureBy
      ? { editor: row.unsureBy as string, at: row.unsureAt as string, note: (row.unsureNote as string | null) ?? null }
      : null,
  };
}

export async function findCandidatesByDocumentIds(db: GraphRunner, ids: readonly string[]): Promise<CandidateRecord[]> {
  const rows = await db.read<{ candidate: Record<string, unknown> }>(findCandidatesByDocumentIdsQuery, { ids });
  return rows.map((row) => toCandidateRecord(row.candidate));
}

const findCandidateByIdQuery: NamedQuery = {
  name: 'findNameCandidateById',
  cypher: 'MATCH (c:NameCandidate {id: $id}) RETURN c { .* } AS candidate',
};

export async function findCandidateById(db: GraphRunner, id: string): Promise<CandidateRecord | undefined> {
  const [row] = await db.read<{ candidate: Record<string, unknown> }>(findCandidateByIdQuery, { id });
  return row ? toCandidateRecord(row.candidate) : undefined;
}

const findCandidatesByIdsQuery: NamedQuery = {
  name: 'findNameCandidatesByIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (c:NameCandidate {id: id})
    RETURN c { .* } AS candidate`,
};

/** Candidates by id, in any order; unknown ids are absent. */
export async function findCandidatesByIds(db: GraphRunner, ids: readonly string[]): Promise<CandidateRecord[]> {
  const rows = await db.read<{ candidate: Record<string, unknown> }>(findCandidatesByIdsQuery, { ids });
  return rows.map((row) => toCandidateRecord(row.candidate));
}

const listCandidatesQuery: NamedQuery = {
  name: 'listNameCandidates',
  cypher: `
    CALL () { OPTIONAL MATCH (d:Document {id: $documentId}) RETURN $documentId IS NULL OR d IS NOT NULL AS known }
    CALL () {
      MATCH (c:NameCandidate)
      WHERE ($documentId IS NULL OR c.documentId = $documentId) AND ($state IS NULL OR c.state = $state)
        AND ($unsure IS NULL OR (c.unsureBy IS NOT NULL) = $unsure)
      WITH c ORDER BY c.documentId, c.start, c.end
      WITH collect(c { .* }) AS found
      RETURN size(found) AS total, found[$offset..($offset + $first)] AS page
    }
    RETURN known, total, page`,
};

/** A page of candidates (of one document, in one state, or all); undefined when the document does not exist. */
export async function listCandidates(
  db: GraphRunner,
  filter: { documentId: string | null; state: CandidateState | null; unsure: boolean | null; offset: number; first: number },
): Promise<CandidatePage | undefined> {
  const [row] = await db.read<{ known: boolean; total: number; page: Array<Record<string, unknown>> }>(listCandidatesQuery, filter);
  if (!row?.known) return undefined;
  return { totalCount: row.total, offset: filter.offset, items: row.page.map(toCandidateRecord) };
}
