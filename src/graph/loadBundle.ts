/**
 * Writes a validated bundle in ONE transaction, idempotently: every write is a MERGE on a
 * natural key (ids; mentions by document, entity and offsets), in UNWIND batches. Loading the
 * same bundle twice leaves the same nodes and relationships. Labels and relationship types are
 * dynamic (`$(...)`) but come from the ontology via the validator, never from raw input.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphRunner, NamedQuery } from '../db/database';
import type { ResolvedBundle } from '../model/resolvedBundle';

const BATCH = 1_000;

const mergeDocuments: NamedQuery = {
  name: 'load:documents',
  cypher: `
    UNWIND $rows AS row
    MERGE (d:Document {id: row.id})
    SET d += row`,
};

const mergeEntities: NamedQuery = {
  name: 'load:entities',
  cypher: `
    UNWIND $rows AS row
    MERGE (e:Entity {id: row.id})
    SET e += row { .type, .name, .description, .unresolved, .aliases, .nameKey, .nameKeys,
                   .date, .dateEnd, .datePrecision, .dateInferred, .dateStatus }
    SET e:$(row.label)`,
};

const mergeMentions: NamedQuery = {
  name: 'load:mentions',
  cypher: `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId})
    MATCH (e:Entity {id: row.entityId})
    MERGE (d)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
    SET m.text = row.text`,
};

const mergeFacts: NamedQuery = {
  name: 'load:facts',
  cypher: `
    UNWIND $rows AS row
    MATCH (a:Entity {id: row.fromId})
    MATCH (b:Entity {id: row.toId})
    MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
    SET r += row { .status, .date, .datePrecision, .dateInferred, .role, .note }`,
};

const mergeEvidence: NamedQuery = {
  name: 'load:evidence',
  cypher: `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId})
    MERGE (ev:Evidence {id: row.id})
    SET ev += row { .factId, .quote, .start, .end, .status }
    MERGE (ev)-[:QUOTED_FROM]->(d)`,
};

export interface LoadCounts {
  documents: number;
  entities: number;
  mentions: number;
  facts: number;
  evidence: number;
}

async function runBatched(tx: ManagedTransaction, query: NamedQuery, rows: readonly object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await tx.run(query.cypher, { rows: rows.slice(start, start + BATCH) });
  }
}

export async function loadBundle(db: GraphRunner, bundle: ResolvedBundle): Promise<LoadCounts> {
  await db.writeTransaction('loadBundle', async (tx) => {
    await runBatched(tx, mergeDocuments, bundle.documents);
    await runBatched(tx, mergeEntities, bundle.entities);
    await runBatched(tx, mergeMentions, bundle.mentions);
    await runBatched(tx, mergeFacts, bundle.facts);
    await runBatched(tx, mergeEvidence, bundle.evidence);
  });
  return {
    documents: bundle.documents.length,
    entities: bundle.entities.length,
    mentions: bundle.mentions.length,
    facts: bundle.facts.length,
    evidence: bundle.evidence.length,
  };
}

const countGraph: NamedQuery = {
  name: 'countGraph',
  cypher: `
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
    RETURN nodes, relationships, entities`,
};

export interface GraphCounts {
  nodes: number;
  relationships: number;
  entities: number;
}

export async function countGraphElements(db: GraphRunner): Promise<GraphCounts> {
  const [row] = await db.read<GraphCounts & Record<string, number>>(countGraph);
  return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0, entities: row?.entities ?? 0 };
}

const deleteEverything: NamedQuery = {
  name: 'resetGraph',
  cypher: 'MATCH (n) WHERE NOT n:SchemaVersion CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
};

/** Empties the graph (keeps constraints, indexes and the schema version). */
export async function resetGraph(db: GraphRunner): Promise<void> {
  await db.autoCommit(deleteEverything);
}
