/**
 * Idempotency keys: one (:IdempotencyKey) node per editor, client key and mutation field, created
 * in the same transaction as the write it guards, with that write's outcome (JSON). The unique
 * constraint makes a concurrent retry wait for the first attempt and then find its outcome.
 */
import type { GraphRunner } from '../../db/database';
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';

/** How long a key answers retries (purged at startup after that); as Stripe, one day. */
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 24;

/**
 * The shape of the outcomes stored: 2 since mutations answer payload types (CHANGELOG.md, "Every mutation
 * takes one input object");
 * keys stored before carry none (1: the loose results). A retry must not replay an outcome in a
 * shape the API no longer answers, so keys of another shape are purged at startup like expired
 * ones: a retry under such a key writes anew, which every write allows (they are idempotent).
 * Bump it whenever a mutation's payload changes shape.
 */
export const IDEMPOTENT_OUTCOME_FORMAT = 2;

export interface StoredOutcome {
  operation: string;
  fingerprint: string;
  /** The write's result as JSON; null while the claiming transaction has not stored it yet. */
  outcome: string | null;
}

const claimKeyQuery: NamedQuery = {
  name: 'claimIdempotencyKey',
  cypher: `
    MERGE (k:IdempotencyKey {id: $id})
      ON CREATE SET k.operation = $operation, k.fingerprint = $fingerprint, k.at = datetime(), k.claimed = $claim,
        k.format = $format
    RETURN k.claimed = $claim AS fresh, k.operation AS operation, k.fingerprint AS fingerprint, k.outcome AS outcome`,
};

const saveOutcomeQuery: NamedQuery = {
  name: 'saveIdempotentOutcome',
  cypher: 'MATCH (k:IdempotencyKey {id: $id}) SET k.outcome = $outcome',
};

const findOutcomeQuery: NamedQuery = {
  name: 'findIdempotentOutcome',
  cypher: `
    MATCH (k:IdempotencyKey {id: $id})
    RETURN k.operation AS operation, k.fingerprint AS fingerprint, k.outcome AS outcome`,
};

const purgeExpiredQuery: NamedQuery = {
  name: 'purgeExpiredIdempotencyKeys',
  cypher: `
    MATCH (k:IdempotencyKey)
    WHERE k.at < datetime() - duration({hours: $hours}) OR coalesce(k.format, 1) <> $format
    WITH k LIMIT 10000
    DELETE k
    RETURN count(*) AS purged`,
};

/** Claims the key for this transaction, or returns what an earlier attempt stored under it. */
export async function claimIdempotencyKey(
  tx: Transaction,
  key: { id: string; operation: string; fingerprint: string; claim: string },
): Promise<StoredOutcome | undefined> {
  const [row] = await tx.run<StoredOutcome & { fresh: boolean }>(claimKeyQuery, { ...key, format: IDEMPOTENT_OUTCOME_FORMAT });
  if (!row || row.fresh) return undefined;
  return { operation: row.operation, fingerprint: row.fingerprint, outcome: row.outcome };
}

export async function saveIdempotentOutcome(tx: Transaction, id: string, outcome: string): Promise<void> {
  await tx.run(saveOutcomeQuery, { id, outcome });
}

export async function findIdempotentOutcome(db: GraphRunner, id: string): Promise<StoredOutcome | undefined> {
  const [row] = await db.read<StoredOutcome>(findOutcomeQuery, { id });
  return row;
}

/**
 * Keys older than the retention window, or stored in another outcome shape, are forgotten (a
 * retry after that is a new write).
 */
export async function purgeExpiredIdempotencyKeys(db: GraphRunner, hours: number): Promise<number> {
  const [row] = await db.write<{ purged: number }>(purgeExpiredQuery, { hours, format: IDEMPOTENT_OUTCOME_FORMAT });
  return row?.purged ?? 0;
}
