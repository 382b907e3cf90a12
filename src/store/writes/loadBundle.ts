/**
 * Writes a validated bundle in ONE transaction (loadBundleInBatches: one per batch),
 * idempotently: every write is a MERGE on a
 * natural key (ids; mentions by document, entity and offsets), in UNWIND batches. Loading the
 * same bundle twice leaves the same nodes and relationships. Labels and relationship types are
 * dynamic (`$(...)`) but come from the ontology via the validator, never from raw input.
 */
import type { GraphRunner } from '../../db/database';
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import type { ResolvedBundle } from '../../domain/bundle/resolvedBundle';
import { STATUS_RANK_MAP } from '../fragments';

const BATCH = 1_000;

const loadDocumentsQuery: NamedQuery = {
  name: 'load:documents',
  cypher: `
    UNWIND $rows AS row
    MERGE (d:Document {id: row.id})
    SET d += row`,
};

// Upsert: name, description and date are replaced; aliases, document-bound aliases and name keys
// only grow, and a renamed entity keeps its old name as an alias (what a source once said stays
// findable).
const loadEntitiesQuery: NamedQuery = {
  name: 'load:entities',
  cypher: `
    UNWIND $rows AS row
    MERGE (e:Entity {id: row.id})
    WITH e, row, CASE WHEN e.name IS NOT NULL AND e.name <> row.name THEN [e.name] ELSE [] END AS oldName
    WITH e, row, [a IN coalesce(e.aliases, []) + oldName + row.aliases WHERE a <> row.name] AS aliases
    SET e += row { .type, .name, .description, .unresolved, .nameKey,
                   .date, .dateEnd, .datePrecision, .dateInferred, .dateStatus },
        e.aliases = reduce(acc = [], a IN aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
        e.nameKeys = reduce(acc = [], k IN coalesce(e.nameKeys, []) + row.nameKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
        e.documentAliases = reduce(acc = [], a IN coalesce(e.documentAliases, []) + row.documentAliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
    SET e:$(row.label)`,
};

const loadMentionsQuery: NamedQuery = {
  name: 'load:mentions',
  cypher: `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId})
    MATCH (e:Entity {id: row.entityId})
    MERGE (d)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
    SET m.text = row.text`,
};

const loadFactsQuery: NamedQuery = {
  name: 'load:facts',
  cypher: `
    UNWIND $rows AS row
    MATCH (a:Entity {id: row.fromId})
    MATCH (b:Entity {id: row.toId})
    MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
    // Asserting a fact again adds evidence: its status becomes the strongest stated, and a date
    // or note is only filled in, never erased.
    WITH r, row, ${STATUS_RANK_MAP} AS strength
    SET r.status = CASE WHEN r.status IS NULL OR strength[row.status] > strength[r.status] THEN row.status ELSE r.status END,
        r.date = coalesce(row.date, r.date),
        r.datePrecision = CASE WHEN row.date IS NULL THEN r.datePrecision ELSE row.datePrecision END,
        r.dateInferred = CASE WHEN row.date IS NULL THEN r.dateInferred ELSE row.dateInferred END,
        r.role = coalesce(row.role, r.role),
        r.note = coalesce(row.note, r.note)`,
};

const loadEvidenceQuery: NamedQuery = {
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
  { query: loadDocumentsQuery, rows: (bundle) => bundle.documents },
  { query: loadEntitiesQuery, rows: (bundle) => bundle.entities },
  { query: loadMentionsQuery, rows: (bundle) => bundle.mentions },
  { query: loadFactsQuery, rows: (bundle) => bundle.facts },
  { query: loadEvidenceQuery, rows: (bundle) => bundle.evidence },
];

/** How many of each kind a bundle writes. */
export function countsOf(bundle: ResolvedBundle): LoadCounts {
  return {
    documents: bundle.documents.length,
    entities: bundle.entities.length,
    mentions: bundle.mentions.length,
    facts: bundle.facts.length,
    evidence: bundle.evidence.length,
  };
}

/** Writes a bundle inside a caller's transaction (a mutation adds its audit record to it). */
export async function writeBundle(tx: Transaction, bundle: ResolvedBundle): Promise<void> {
  for (const { query, rows } of LOAD_STEPS) {
    const all = rows(bundle);
    for (let start = 0; start < all.length; start += BATCH) await tx.run(query, { rows: all.slice(start, start + BATCH) });
  }
}

export async function loadBundle(db: GraphRunner, bundle: ResolvedBundle): Promise<LoadCounts> {
  await db.writeTransaction('loadBundle', (tx) => writeBundle(tx, bundle));
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
