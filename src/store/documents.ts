/** Document reads and the mentions of entities in documents. */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { documentFields, factFields } from './fragments';
import { toDocumentRecord, toRelationRecord } from './toRecords';
import type { DocumentPage, DocumentRecordWithText, MentionRecord, RelationPage } from './records';

const findDocumentsByIdsQuery: NamedQuery = {
  name: 'findDocumentsByIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (d:Document {id: id})
    RETURN ${documentFields('d')} AS document`,
};

const findDocumentTextsQuery: NamedQuery = {
  name: 'findDocumentTexts',
  cypher: `
    UNWIND $ids AS id
    MATCH (d:Document {id: id})
    RETURN d.id AS id, d.text AS text`,
};

/** The texts of documents whose records were read without them (DocumentRecord.text). */
export async function findDocumentTexts(db: GraphRunner, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.read<{ id: string; text: string }>(findDocumentTextsQuery, { ids });
  return new Map(rows.map((row) => [row.id, row.text]));
}

const findMentionsByEntityIdsQuery: NamedQuery = {
  name: 'findMentionsByEntityIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (d:Document)-[m:MENTIONS]->(e:Entity {id: id})
    RETURN m { .text, .start, .end, .confirmedBy, .confirmedAt, .unsureBy, .unsureAt, .unsureNote, documentId: d.id, entityId: e.id } AS mention
    ORDER BY e.id, d.id, m.start`,
};

const findMentionsByDocumentIdsQuery: NamedQuery = {
  name: 'findMentionsByDocumentIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (d:Document {id: id})-[m:MENTIONS]->(e:Entity)
    RETURN m { .text, .start, .end, .confirmedBy, .confirmedAt, .unsureBy, .unsureAt, .unsureNote, documentId: d.id, entityId: e.id } AS mention
    ORDER BY d.id, m.start, e.id`,
};

export async function findMentionsByDocumentIds(db: GraphRunner, ids: readonly string[]): Promise<MentionRecord[]> {
  const rows = await db.read<{ mention: MentionRecord }>(findMentionsByDocumentIdsQuery, { ids });
  return rows.map((row) => row.mention);
}

export async function findDocumentsByIds(db: GraphRunner, ids: readonly string[]): Promise<DocumentRecordWithText[]> {
  const rows = await db.read<{ document: DocumentRecordWithText }>(findDocumentsByIdsQuery, { ids });
  return rows.map(({ document }) => ({ ...toDocumentRecord(document), text: document.text }));
}

export async function findMentionsByEntityIds(db: GraphRunner, ids: readonly string[]): Promise<MentionRecord[]> {
  const rows = await db.read<{ mention: MentionRecord }>(findMentionsByEntityIdsQuery, { ids });
  return rows.map((row) => row.mention);
}

const listDocumentsQuery: NamedQuery = {
  name: 'listDocuments',
  cypher: `
    CALL () { MATCH (d:Document) RETURN count(d) AS total }
    CALL () {
      MATCH (d:Document)
      WITH d ORDER BY d.publishedAt DESC, d.id SKIP $offset LIMIT $first
      RETURN collect(d.id) AS ids
    }
    RETURN total, ids`,
};

// The facts a document supports, each read from its start entity, in a stable order.
const findDocumentFactsQuery: NamedQuery = {
  name: 'findDocumentFacts',
  cypher: `
    UNWIND $ids AS id
    MATCH (d:Document {id: id})
    CALL (d) {
      MATCH (ev:Evidence)-[:QUOTED_FROM]->(d)
      WITH ev.factId AS factId, min(ev.start) AS firstQuote
      // Fact ids are "<from>.<TYPE>.<to>[.<role>]" and entity ids hold no dots: look both ends up
      // by index instead of scanning relationships. Entity-date pseudo facts have no third part.
      WITH factId, firstQuote, split(factId, '.') AS parts
      MATCH (a:Entity {id: parts[0]})-[r]->(b:Entity {id: parts[2]})
      WHERE r.id = factId AND r.retractedAt IS NULL
      WITH r, a, b, firstQuote ORDER BY firstQuote, r.id
      WITH collect(${factFields('selfId: a.id, otherId: b.id')}) AS facts
      RETURN size(facts) AS total, facts[$offset..($offset + $first)] AS page
    }
    RETURN id, total, page`,
};

export async function listDocuments(db: GraphRunner, window: { offset: number; first: number }): Promise<DocumentPage> {
  const [row] = await db.read<{ total: number; ids: string[] }>(listDocumentsQuery, window);
  return { totalCount: row?.total ?? 0, offset: window.offset, items: row?.ids ?? [] };
}

/** A page of the facts each document supports (each read from its start entity), one round trip. */
export async function findDocumentFacts(
  db: GraphRunner,
  ids: readonly string[],
  window: { offset: number; first: number },
): Promise<Map<string, RelationPage>> {
  const rows = await db.read<{ id: string; total: number; page: Array<Record<string, unknown> & { selfId: string }> }>(
    findDocumentFactsQuery,
    {
      ids,
      ...window,
    },
  );
  return new Map(
    rows.map((row) => [
      row.id,
      { totalCount: row.total, offset: window.offset, items: row.page.map((fact) => toRelationRecord(fact.selfId, fact, true)) },
    ]),
  );
}
