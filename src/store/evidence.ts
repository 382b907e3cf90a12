/** The evidence of facts: the quotes that state them, each with its document and offsets. */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { EVIDENCE_FIELDS, IS_LIVE_EVIDENCE } from './fragments';
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

const findLiveEvidenceByIdsQuery: NamedQuery = {
  name: 'findLiveEvidenceByIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (ev:Evidence {id: id})-[:QUOTED_FROM]->(d:Document)
    WHERE ${IS_LIVE_EVIDENCE}
    RETURN ${EVIDENCE_FIELDS} AS evidence`,
};

/** Evidence by its own id (Query.node); a retracted fact's evidence and unknown ids are absent. */
export async function findLiveEvidenceByIds(db: GraphRunner, ids: readonly string[]): Promise<EvidenceRecord[]> {
  const rows = await db.read<{ evidence: EvidenceRecord }>(findLiveEvidenceByIdsQuery, { ids });
  return rows.map((row) => row.evidence);
}
