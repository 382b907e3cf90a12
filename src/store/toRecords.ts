/** Rows as Cypher returns them (the projections of fragments.ts) -> the records of records.ts. */
import type { RelationType } from '../__generated__/graphql';
import { decodeDocumentAliases } from '../domain/bundle/documentAliases';
import { entityDateFactId } from '../domain/ids';
import type { DocumentRecord, EntityRecord, EvidenceRecord, RelationRecord } from './records';

export interface EntityRow {
  entity: Record<string, unknown>;
}

export function toEntityRecord(row: Record<string, unknown>): EntityRecord {
  const date = row.date as string | null | undefined;
  return {
    id: row.id as string,
    type: row.type as EntityRecord['type'],
    name: row.name as string,
    aliases: (row.aliases as string[] | null) ?? [],
    documentAliases: decodeDocumentAliases(row.documentAliases),
    description: (row.description as string | null) ?? null,
    unresolved: row.unresolved === true,
    date: date
      ? {
          value: date,
          endValue: (row.dateEnd as string | null) ?? null,
          precision: row.datePrecision as NonNullable<EntityRecord['date']>['precision'],
          inferred: row.dateInferred === true,
          status: row.dateStatus as NonNullable<EntityRecord['date']>['status'],
          factId: entityDateFactId(row.id as string),
        }
      : null,
  };
}

export function toDocumentRecord(row: DocumentRecord): DocumentRecord {
  return { ...row, publishedAtInferred: row.publishedAtInferred === true };
}

export function toRelationRecord(selfId: string, row: Record<string, unknown>, outgoing: boolean): RelationRecord {
  return {
    id: row.id as string,
    type: row.type as RelationType,
    direction: outgoing ? 'OUTGOING' : 'INCOMING',
    selfId,
    otherId: row.otherId as string,
    date: (row.date as string | null) ?? null,
    datePrecision: (row.datePrecision as RelationRecord['datePrecision']) ?? null,
    dateInferred: (row.dateInferred as boolean | null) ?? null,
    role: (row.role as string | null) ?? null,
    status: row.status as RelationRecord['status'],
  };
}

/*
 * Brief records: a relation page reads only what the operation shows of its other ends, evidence
 * and documents (graphql/plugins/prefetchPlan.ts decides it may). The other fields hold empty
 * values no resolver reads: these records never reach a loader.
 */

/** An entity read as id, type and name only. */
export function toBriefEntityRecord(row: Record<string, unknown>): EntityRecord {
  return {
    id: row.id as string,
    type: row.type as EntityRecord['type'],
    name: row.name as string,
    aliases: [],
    documentAliases: [],
    description: null,
    unresolved: false,
    date: null,
  };
}

/** Evidence read as quote and offsets only (of fact `factId`, in document `documentId`). */
export function toBriefEvidenceRecord(
  factId: string,
  documentId: string,
  row: Pick<EvidenceRecord, 'quote' | 'start' | 'end'>,
): EvidenceRecord {
  return {
    id: '',
    factId,
    documentId,
    quote: row.quote,
    start: row.start,
    end: row.end,
    status: 'REPORTED',
  };
}

/** A document read as id and title only. */
export function toBriefDocumentRecord(row: Pick<DocumentRecord, 'id' | 'title'>): DocumentRecord {
  return { id: row.id, title: row.title, publisher: null, author: null, publishedAt: null, publishedAtInferred: false };
}
