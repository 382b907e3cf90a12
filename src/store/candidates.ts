/** Reads of the name candidates stored with documents (writes/writeCandidates.ts). */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import type { CandidateRecord, NameMatchRecord } from './records';

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
  };
}

export async function findCandidatesByDocumentIds(db: GraphRunner, ids: readonly string[]): Promise<CandidateRecord[]> {
  const rows = await db.read<{ candidate: Record<string, unknown> }>(findCandidatesByDocumentIdsQuery, { ids });
  return rows.map((row) => toCandidateRecord(row.candidate));
}
