/**
 * What an integration test wrote, removed again: each test file gives its documents and
 * entities ids that start with its own prefix ('ju-', 'fc-', ...), so one statement finds all
 * of it (proposals, name candidates and judgements read from those documents, their quotes, the
 * documents, entities and redirects, and the changes that name them) and nothing of another
 * file's or of the seed. Entities a test creates under other ids (an accepted candidate's new
 * person) are named in `alsoIds`.
 */
import type { GraphRunner } from '../../src/db/database';
import type { NamedQuery } from '../../src/db/namedQuery';

const removeTestDataQuery: NamedQuery = {
  name: 'test:removeTestData',
  cypher: `
    CALL () { MATCH (p:Proposal) WHERE p.documentId STARTS WITH $prefix DETACH DELETE p }
    CALL () { MATCH (c:NameCandidate) WHERE c.documentId STARTS WITH $prefix DETACH DELETE c }
    CALL () { MATCH (j:NameJudgement) WHERE j.documentId STARTS WITH $prefix DETACH DELETE j }
    CALL () { MATCH (ev:Evidence)-[:QUOTED_FROM]->(d:Document) WHERE d.id STARTS WITH $prefix DETACH DELETE ev }
    CALL () {
      MATCH (n) WHERE (n:Document OR n:Entity OR n:Redirect) AND (n.id STARTS WITH $prefix OR n.id IN $alsoIds)
      DETACH DELETE n
    }
    CALL () { MATCH (c:Change) WHERE c.summary CONTAINS $prefix DETACH DELETE c }`,
};

export async function removeTestData(db: GraphRunner, prefix: string, alsoIds: readonly string[] = []): Promise<void> {
  await db.write(removeTestDataQuery, { prefix, alsoIds: [...alsoIds] });
}
