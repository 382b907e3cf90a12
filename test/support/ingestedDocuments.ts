/** Removes the documents a test ingested (ids with its prefix), their name candidates and audit records. */
import type { Database } from '../../src/db/database';
import type { NamedQuery } from '../../src/db/namedQuery';

const removeIngestedDocumentsQuery: NamedQuery = {
  name: 'test:removeIngestedDocuments',
  cypher: `
    CALL () { MATCH (c:NameCandidate) WHERE c.documentId STARTS WITH $prefix DETACH DELETE c }
    CALL () { MATCH (d:Document) WHERE d.id STARTS WITH $prefix DETACH DELETE d }
    CALL () { MATCH (c:Change {operation: 'ingestDocument'}) WHERE c.summary CONTAINS 'document ' + $prefix DETACH DELETE c }`,
};

export async function removeIngestedDocuments(db: Database, prefix: string): Promise<void> {
  await db.write(removeIngestedDocumentsQuery, { prefix });
}
