/**
 * Stores a document's name candidates (inside the ingest's transaction) as
 * (:NameCandidate)-[:FOUND_IN]->(:Document) nodes, keyed by the document and the offsets, so a
 * repeated write creates nothing new and a judgement already made on one is kept. Matches are kept
 * as JSON (entity ids with scores and reasons), not as relationships: a candidate is no fact, and
 * a merge or unmerge of a matched entity does not have to move it (loaders drop ids that vanished).
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import type { CandidateRecord } from '../records';

const writeCandidatesQuery: NamedQuery = {
  name: 'writeNameCandidates',
  cypher: `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId})
    MERGE (c:NameCandidate {id: row.id})
    ON CREATE SET c += row, c.state = 'OPEN'
    MERGE (c)-[:FOUND_IN]->(d)`,
};

export async function writeCandidates(tx: Transaction, candidates: readonly CandidateRecord[]): Promise<void> {
  if (candidates.length === 0) return;
  const rows = candidates.map(({ matches, state: _state, judgement: _judgement, ...candidate }) => ({
    ...candidate,
    matches: JSON.stringify(matches),
  }));
  await tx.run(writeCandidatesQuery, { rows });
}
