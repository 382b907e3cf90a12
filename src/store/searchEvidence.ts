/**
 * Full-text search over the evidence: the verbatim quotes that state facts (index
 * `evidence_search`, the analyzer of `entity_search`). The query is built from the user's words by
 * luceneQueryFor, as for entity search, so no text reaches Lucene as syntax and typos still match.
 * A hit is one passage (a document and a span): the same quote often states several facts ("The
 * EU and Japan ..." gives one per party), and a reader wants the sentence once, with all of them.
 */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { EVIDENCE_FIELDS, IS_LIVE_EVIDENCE } from './fragments';
import { emptyPage } from './page';
import type { EvidenceMatchPage, EvidenceRecord } from './records';
import { luceneQueryFor, SEARCH_HIT_CAP } from './search';

/**
 * Only the evidence of what the graph still holds counts (IS_LIVE_EVIDENCE): a retracted fact's
 * quotes are not found. Passages are ranked by their best-scoring quote, then by
 * document and position, so pages are stable for equal scores.
 */
const searchEvidenceQuery: NamedQuery = {
  name: 'searchEvidence',
  cypher: `
    CALL db.index.fulltext.queryNodes('evidence_search', $lucene, {limit: $cap}) YIELD node AS ev, score
    MATCH (ev)-[:QUOTED_FROM]->(d:Document)
    WHERE ${IS_LIVE_EVIDENCE}
    WITH d, ev, score ORDER BY ev.factId
    WITH d, ev.start AS start, ev.end AS end, max(score) AS score, collect(${EVIDENCE_FIELDS}) AS evidence
    ORDER BY score DESC, d.id, start, end
    WITH collect({documentId: d.id, start: start, end: end, score: score, evidence: evidence}) AS hits
    RETURN size(hits) AS total, hits[$offset..($offset + $first)] AS page`,
};

interface Row {
  total: number;
  page: Array<{ documentId: string; start: number; end: number; score: number; evidence: EvidenceRecord[] }>;
}

export async function searchEvidence(db: GraphRunner, text: string, window: { offset: number; first: number }): Promise<EvidenceMatchPage> {
  const lucene = luceneQueryFor(text);
  if (lucene === undefined) return emptyPage(window.offset);
  const [row] = await db.read<Row>(searchEvidenceQuery, { lucene, cap: SEARCH_HIT_CAP, ...window });
  return {
    totalCount: row?.total ?? 0,
    offset: window.offset,
    items: (row?.page ?? []).map((hit) => ({
      documentId: hit.documentId,
      quote: hit.evidence[0]?.quote ?? '',
      start: hit.start,
      end: hit.end,
      score: hit.score,
      evidence: hit.evidence,
    })),
  };
}
