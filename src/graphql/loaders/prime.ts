/**
 * Side records of a store read (store/records.ts, SideRecords) handed to the request's loaders,
 * so the nested fields that ask for them next cost no further Cypher round trip (a path's
 * entities, a relation page's other ends and evidence). Every call is explicit: a resolver or a
 * loader that reads with side records passes them here.
 */
import type DataLoader from 'dataloader';
import type { DocumentRecord, EntityRecord, EvidenceRecord, RelationRecord, SideRecords } from '../../store/records';

/** The loaders side records can go to. */
export interface PrimeTargets {
  entity: DataLoader<string, EntityRecord | null>;
  evidence: DataLoader<string, EvidenceRecord[]>;
  document: DataLoader<string, DocumentRecord | null>;
  fact: DataLoader<string, RelationRecord | null>;
}

export function prime(targets: PrimeTargets, side: SideRecords): void {
  for (const record of side.entities ?? []) targets.entity.prime(record.id, record);
  for (const [factId, items] of side.evidence ?? []) targets.evidence.prime(factId, items);
  for (const record of side.documents ?? []) targets.document.prime(record.id, record);
  for (const record of side.facts ?? []) targets.fact.prime(record.id, record);
}
