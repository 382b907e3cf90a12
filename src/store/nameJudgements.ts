/** The editors' standing verdicts on names (writes/judgeCandidate.ts), for name resolution. */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';

const loadNameJudgementsQuery: NamedQuery = {
  name: 'loadNameJudgements',
  cypher: `
    MATCH (j:NameJudgement)
    RETURN j.verdict AS verdict, j.surfaceKey AS surfaceKey, j.entityId AS entityId`,
};

export interface NameJudgementRow {
  verdict: 'SAME' | 'NOT_SAME' | 'NOT_A_NAME' | 'UNSURE';
  surfaceKey: string;
  entityId: string | null;
}

export function loadNameJudgements(db: GraphRunner): Promise<NameJudgementRow[]> {
  return db.read<NameJudgementRow>(loadNameJudgementsQuery);
}
