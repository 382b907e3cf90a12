/**
 * Writes a validated bundle in ONE transaction (loadBundleInBatches: one per batch),
 * idempotently: every write is a MERGE on a
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

/** The statements in dependency order (documents and entities before what links them), each with its rows. */
const LOAD_STEPS: ReadonlyArray<{ query: NamedQuery; rows: (bundle: ResolvedBundle) => readonly object[] }> = [
  { query: mergeDocuments, rows: (bundle) => bundle.documents },
  { query: mergeEntities, rows: (bundle) => bundle.entities },
  { query: mergeMentions, rows: (bundle) => bundle.mentions },
  { query: mergeFacts, rows: (bundle) => bundle.facts },
  { query: mergeEvidence, rows: (bundle) => bundle.evidence },
];

function countsOf(bundle: ResolvedBundle): LoadCounts {
  return {
    documents: bundle.documents.length,
    entities: bundle.entities.length,
    mentions: bundle.mentions.length,
    facts: bundle.facts.length,
    evidence: bundle.evidence.length,
  };
}

export async function loadBundle(db: GraphRunner, bundle: ResolvedBundle): Promise<LoadCounts> {
  await db.writeTransaction('loadBundle', async (tx: ManagedTransaction) => {
    for (const { query, rows } of LOAD_STEPS) {
      const all = rows(bundle);
      for (let start = 0; start < all.length; start += BATCH) await tx.run(query.cypher, { rows: all.slice(start, start + BATCH) });
    }
  });
  return countsOf(bundle);
}

export interface BatchWritten {
  /** The statement's name, e.g. "load:facts". */
  step: string;
  written: number;
  total: number;
}

/**
 * The same statements as loadBundle, but each batch in its own transaction: for bundles too
 * large for one (the synthetic graph, ~5M writes). Not atomic: after a failure the batches
 * before it stay written, and loading the bundle again completes it (every write is a MERGE).
 */
export async function loadBundleInBatches(
  db: GraphRunner,
  bundle: ResolvedBundle,
  options: { batchSize?: number; onBatch?: (progress: BatchWritten) => void } = {},
): Promise<LoadCounts> {
  const batchSize = options.batchSize ?? BATCH;
  for (const { query, rows } of LOAD_STEPS) {
    const all = rows(bundle);
    for (let start = 0; start < all.length; start += batchSize) {
      const batch = all.slice(start, start + batchSize);
      await db.write(query, { rows: batch });
      options.onBatch?.({ step: query.name, written: start + batch.length, total: all.length });
    }
  }
  return countsOf(bundle);
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
