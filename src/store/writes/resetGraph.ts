/**
 * Empties a graph of any size within Neo4j's transaction memory. DETACH DELETE of a batch of
 * nodes holds every relationship of those nodes in one transaction, and one hub or document can
 * carry hundreds of thousands (the synthetic EU has 63,594 facts): such a batch outgrows
 * `db.memory.transaction.max` / `dbms.memory.transaction.total.max` ("The memory pool limit was
 * exceeded"). So relationships go first, a fixed number per inner transaction, then the nodes,
 * which no longer carry any. Each statement handles a bounded number of rows and reports, so a
 * long reset shows progress and the memory of one statement does not grow with the graph.
 * Constraints, indexes and the schema version stay.
 */
import type { GraphRunner } from '../../db/database';
import type { NamedQuery } from '../../db/namedQuery';

export interface ResetProgress {
  step: 'relationships' | 'nodes';
  /** Deleted so far in this step. */
  deleted: number;
}

export interface ResetOptions {
  /** Rows per inner transaction (what one transaction's memory must hold). */
  batchRows?: number;
  /** Rows per statement, i.e. how often progress is reported. */
  statementRows?: number;
  onProgress?(progress: ResetProgress): void;
}

export interface ResetCounts {
  relationships: number;
  nodes: number;
}

// Each inner transaction deletes `batchRows` records, whatever the degree of their nodes.
const deleteSomeRelationships: NamedQuery = {
  name: 'resetGraphRelationships',
  cypher: `
    MATCH ()-[r]->()
    WITH r LIMIT $statementRows
    CALL (r) { DELETE r } IN TRANSACTIONS OF $batchRows ROWS
    RETURN count(*) AS deleted`,
};

// DETACH only for relationships written while the reset ran; normally none are left.
const deleteSomeNodes: NamedQuery = {
  name: 'resetGraphNodes',
  cypher: `
    MATCH (n) WHERE NOT n:SchemaVersion
    WITH n LIMIT $statementRows
    CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batchRows ROWS
    RETURN count(*) AS deleted`,
};

export class ResetMemoryError extends Error {}

function isMemoryLimit(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && code.includes('MemoryPool')) || /memory pool limit/i.test(String(message));
}

async function deleteAll(
  db: GraphRunner,
  step: ResetProgress['step'],
  query: NamedQuery,
  options: Required<Omit<ResetOptions, 'onProgress'>> & ResetOptions,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    let rows: Array<{ deleted: number }>;
    try {
      rows = await db.autoCommit<{ deleted: number }>(query, { statementRows: options.statementRows, batchRows: options.batchRows });
    } catch (error) {
      if (!isMemoryLimit(error)) throw error;
      throw new ResetMemoryError(
        `Emptying the graph ran out of transaction memory while deleting ${step} (${deleted} deleted so far): ` +
          `${options.batchRows} rows in one transaction need more than Neo4j allows; raise db.memory.transaction.max ` +
          `(or dbms.memory.transaction.total.max, 70% of the heap by default) or delete in smaller batches (--reset-batch).`,
      );
    }
    const count = rows[0]?.deleted ?? 0;
    if (count === 0) return deleted;
    deleted += count;
    options.onProgress?.({ step, deleted });
  }
}

/** Deletes every relationship, then every node but the schema version; returns how many of each. */
export async function resetGraph(db: GraphRunner, options: ResetOptions = {}): Promise<ResetCounts> {
  // Options spread first: a CLI passes `batchRows: undefined` when no --reset-batch was given.
  const settings = { ...options, batchRows: options.batchRows ?? 10_000, statementRows: options.statementRows ?? 200_000 };
  if (!Number.isSafeInteger(settings.batchRows) || settings.batchRows <= 0) throw new RangeError('batchRows must be a positive integer.');
  const relationships = await deleteAll(db, 'relationships', deleteSomeRelationships, settings);
  const nodes = await deleteAll(db, 'nodes', deleteSomeNodes, settings);
  return { relationships, nodes };
}
