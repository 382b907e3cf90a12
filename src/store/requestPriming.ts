/**
 * Records that a query returns anyway are handed to the request's loaders, so the nested
 * fields that ask for them next cost no further Cypher round trip (a path's entities, a
 * relation page's other ends and evidence). This keeps each request of the API within a small,
 * fixed number of round trips.
 *
 * The loaders of a request are found from the GraphRunner the graph functions receive:
 * createLoaders registers its loaders under the runner it was given, and every request has its
 * own runner (Database.withStats), so records never cross requests. A runner without loaders
 * (a script, a test calling the graph layer directly) primes nothing.
 */
import type DataLoader from 'dataloader';
import type { GraphRunner } from '../db/database';
import type { DocumentRecord, EntityRecord, EvidenceRecord } from './records';

/** The loaders a query can hand records to. */
export interface PrimeTargets {
  entity: DataLoader<string, EntityRecord | null>;
  evidence: DataLoader<string, EvidenceRecord[]>;
  document: DataLoader<string, DocumentRecord | null>;
}

const targetsByRunner = new WeakMap<GraphRunner, PrimeTargets>();

export function enablePriming(db: GraphRunner, targets: PrimeTargets): void {
  targetsByRunner.set(db, targets);
}

export function primeEntities(db: GraphRunner, records: readonly EntityRecord[]): void {
  const targets = targetsByRunner.get(db);
  if (targets) for (const record of records) targets.entity.prime(record.id, record);
}

/** The evidence of each of `factIds` (a fact with none gets an empty list). */
export function primeEvidence(db: GraphRunner, factIds: readonly string[], records: readonly EvidenceRecord[]): void {
  const targets = targetsByRunner.get(db);
  if (!targets) return;
  const byFact = new Map<string, EvidenceRecord[]>(factIds.map((id) => [id, []]));
  for (const record of records) byFact.get(record.factId)?.push(record);
  for (const [factId, items] of byFact) targets.evidence.prime(factId, items);
}

export function primeDocuments(db: GraphRunner, records: readonly DocumentRecord[]): void {
  const targets = targetsByRunner.get(db);
  if (targets) for (const record of records) targets.document.prime(record.id, record);
}
