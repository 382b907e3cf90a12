/**
 * Constraints and indexes, applied at every start (each statement is idempotent: IF NOT EXISTS).
 * Schema statements cannot share a transaction with data writes, so each runs on its own.
 * Relationship types come from the ontology's enum, never from input.
 */
import { ontology } from '../domain/ontology';
import type { GraphRunner } from './database';
import type { NamedQuery } from './namedQuery';

/** Bump when the list below changes, so readiness checks can tell an old database apart. */
export const SCHEMA_VERSION = 7;

function schemaStatements(): NamedQuery[] {
  const statements: Array<[string, string]> = [
    ['entity_id', 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE'],
    ['document_id', 'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE'],
    ['evidence_id', 'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (ev:Evidence) REQUIRE ev.id IS UNIQUE'],
    ['redirect_id', 'CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (r:Redirect) REQUIRE r.id IS UNIQUE'],
    ['change_id', 'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE'],
    // The change feed's order (store/writes/recordChange.ts): unique, so a numbering bug fails loudly.
    ['change_seq', 'CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE'],
    ['change_sequence_id', 'CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.id IS UNIQUE'],
    ['idempotency_key_id', 'CREATE CONSTRAINT idempotency_key_id IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.id IS UNIQUE'],
    ['name_candidate_id', 'CREATE CONSTRAINT name_candidate_id IF NOT EXISTS FOR (c:NameCandidate) REQUIRE c.id IS UNIQUE'],
    ['name_candidate_document', 'CREATE INDEX name_candidate_document IF NOT EXISTS FOR (c:NameCandidate) ON (c.documentId)'],
    ['name_judgement_id', 'CREATE CONSTRAINT name_judgement_id IF NOT EXISTS FOR (j:NameJudgement) REQUIRE j.id IS UNIQUE'],
    ['proposal_id', 'CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE'],
    ['proposal_document', 'CREATE INDEX proposal_document IF NOT EXISTS FOR (p:Proposal) ON (p.documentId)'],
    // ingestDocument looks rejected proposals up by judgement key: what was rejected is not proposed again.
    ['proposal_judgement_key', 'CREATE INDEX proposal_judgement_key IF NOT EXISTS FOR (p:Proposal) ON (p.judgementKey)'],
    ['evidence_fact', 'CREATE INDEX evidence_fact IF NOT EXISTS FOR (ev:Evidence) ON (ev.factId)'],
    ['entity_name_key', 'CREATE INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey)'],
    [
      'entity_name_keys',
      "CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.nameKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
    ],
    [
      'entity_search',
      "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
    ],
    // The evidence quotes, for Query.searchEvidence (store/searchEvidence.ts): the same analyzer
    // as entity_search, so one query syntax (store/search.ts) serves both.
    [
      'evidence_search',
      "CREATE FULLTEXT INDEX evidence_search IF NOT EXISTS FOR (ev:Evidence) ON EACH [ev.quote] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
    ],
  ];
  for (const type of ontology().relationTypes) {
    const name = `fact_id_${type.toLowerCase()}`;
    statements.push([name, `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`]);
  }
  return statements.map(([name, cypher]) => ({ name: `migration:${name}`, cypher }));
}

const recordVersion: NamedQuery = {
  name: 'migration:recordVersion',
  cypher: 'MERGE (m:SchemaVersion {id: "schema"}) SET m.version = $version, m.appliedAt = datetime()',
};

/**
 * Numbers the changes a version before the change feed recorded without a place in its sequence
 * (store/writes/recordChange.ts sequenceChanges), oldest first (time as a datetime, then id),
 * after any already numbered. Idempotent, and safe when two replicas start at once: the counter
 * is locked (set and removed) before the unnumbered changes are read.
 */
const sequenceUnnumberedChanges: NamedQuery = {
  name: 'migration:sequenceUnnumberedChanges',
  cypher: `
    MERGE (s:ChangeSequence {id: 'changes'})
      ON CREATE SET s.last = 0
      ON MATCH SET s.writeLock = true
    REMOVE s.writeLock
    WITH s
    CALL () {
      MATCH (c:Change) WHERE c.seq IS NULL
      WITH c ORDER BY datetime(c.at), c.id
      RETURN collect(c) AS unnumbered
    }
    WITH s, s.last AS before, unnumbered
    FOREACH (i IN range(0, size(unnumbered) - 1) | SET (unnumbered[i]).seq = before + i + 1)
    SET s.last = before + size(unnumbered)`,
};

const awaitIndexes: NamedQuery = { name: 'migration:awaitIndexes', cypher: 'CALL db.awaitIndexes(120)' };

export async function applyMigrations(db: GraphRunner): Promise<void> {
  for (const statement of schemaStatements()) await db.write(statement);
  await db.write(awaitIndexes);
  await db.write(sequenceUnnumberedChanges);
  await db.write(recordVersion, { version: SCHEMA_VERSION });
}
