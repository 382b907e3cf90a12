/** Document reads and the mentions of entities in documents. */
import type { GraphRunner, NamedQuery } from '../db/database';
import type { DocumentRecord, MentionRecord } from './records';

const findDocumentsByIdsQuery: NamedQuery = {
  name: 'findDocumentsByIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (d:Document {id: id})
    RETURN d { .id, .title, .publisher, .author, .publishedAt, .publishedAtInferred, .text } AS document`,
};

const findMentionsByEntityIdsQuery: NamedQuery = {
  name: 'findMentionsByEntityIds',
  cypher: `
    UNWIND $ids AS id
    MATCH (d:Document)-[m:MENTIONS]->(e:Entity {id: id})
    RETURN m { .text, .start, .end, documentId: d.id, entityId: e.id } AS mention
    ORDER BY e.id, d.id, m.start`,
};

export async function findDocumentsByIds(db: GraphRunner, ids: readonly string[]): Promise<DocumentRecord[]> {
  const rows = await db.read<{ document: DocumentRecord }>(findDocumentsByIdsQuery, { ids });
  return rows.map(({ document }) => ({ ...document, publishedAtInferred: document.publishedAtInferred === true }));
}

export async function findMentionsByEntityIds(db: GraphRunner, ids: readonly string[]): Promise<MentionRecord[]> {
  const rows = await db.read<{ mention: MentionRecord }>(findMentionsByEntityIdsQuery, { ids });
  return rows.map((row) => row.mention);
}
