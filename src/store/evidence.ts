/** The evidence of facts: the quotes that state them, each with its document and offsets. */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { EVIDENCE_FIELDS } from './fragments';
import type { EvidenceRecord } from './records';

const findEvidenceByFactIdsQuery: NamedQuery = {
  name: 'findEvidenceByFactIds',
  cypher: `
    UNWIND $factIds AS factId
    MATCH (ev:Evidence {factId: factId})-[:QUOTED_FROM]->(d:Document)
    RETURN ${EVIDENCE_FIELDS} AS evidence
    ORDER BY ev.factId, d.id, ev.start`,
};

export async function findEvidenceByFactIds(db: GraphRunner, factIds: readonly string[]): Promise<EvidenceRecord[]> {
  const rows = await db.read<{ evidence: EvidenceRecord }>(findEvidenceByFactIdsQuery, { factIds });
  return rows.map((row) => row.evidence);
}
