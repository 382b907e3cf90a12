/**
 * Full-text search over the evidence: the verbatim quotes that state facts (index
 * `evidence_search`, the analyzer of `entity_search`). The query is built from the user's words by
 * luceneQueryFor, as for entity search, so no text reaches Lucene as syntax and typos still match.
 * A hit is one passage (a document and a span): the same quote often states several facts ("The
 * EU and Japan ..." gives one per party), and a reader wants the sentence once, with all of them.
 */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { documentFields, EVIDENCE_FIELDS, factFields, IS_LIVE_EVIDENCE, IS_LIVE_FACT } from './fragments';
import { emptyPage } from './page';
import type { DocumentRecord, EvidenceMatchPage, EvidenceRecord, Read, SideRecords } from './records';
import { toDocumentRecord, toRelationRecord } from './toRecords';
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
    WITH size(hits) AS total, hits[$offset..($offset + $first)] AS page
    CALL (page) {
      UNWIND page AS hit
      MATCH (doc:Document {id: hit.documentId})
      RETURN collect(DISTINCT ${documentFields('doc', false)}) AS documents
    }
    CALL (page) {
      UNWIND page AS hit
      UNWIND hit.evidence AS quoted
      WITH DISTINCT quoted.factId AS id
      WITH id, split(id, '.') AS parts WHERE size(parts) = 3
      MATCH (a:Entity {id: parts[0]})-[r]->(b:Entity {id: parts[2]})
      WHERE r.id = id AND ${IS_LIVE_FACT}
      RETURN collect({ fact: ${factFields('otherId: b.id')}, fromId: a.id }) AS facts
    }
    RETURN total, page, documents, facts`,
};

interface Row {
  total: number;
  page: Array<{ documentId: string; start: number; end: number; score: number; evidence: EvidenceRecord[] }>;
  documents: DocumentRecord[];
  facts: Array<{ fact: Record<string, unknown>; fromId: string }>;
}

/**
 * A page of passages; the page's documents (without their texts) and the live facts its quotes
 * state come along as side records, so `document` and `facts` below a hit cost no round trip.
 */
export async function searchEvidence(
  db: GraphRunner,
  text: string,
  window: { offset: number; first: number },
): Promise<Read<EvidenceMatchPage>> {
  const lucene = luceneQueryFor(text);
  if (lucene === undefined) return { value: emptyPage(window.offset), side: {} };
  const [row] = await db.read<Row>(searchEvidenceQuery, { lucene, cap: SEARCH_HIT_CAP, ...window });
  const side: SideRecords = {
    documents: (row?.documents ?? []).map(toDocumentRecord),
    facts: (row?.facts ?? []).map(({ fact, fromId }) => toRelationRecord(fromId, fact, true)),
  };
  return {
    side,
    value: {
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
    },
  };
}
