/**
 * The records the graph layer returns and the resolvers pass around (codegen `mappers`).
 * Plain values only: ids instead of nested objects, so nested fields resolve through batched
 * loaders and a response never needs a query per item.
 */
import type { DatePrecision, EntityType, FactStatus, RelationType } from '../__generated__/graphql';

export interface EntityDateRecord {
  value: string;
  endValue: string | null;
  precision: DatePrecision;
  inferred: boolean;
  status: FactStatus;
  /** Evidence of the date lives under this pseudo fact id. */
  factId: string;
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  unresolved: boolean;
  date: EntityDateRecord | null;
}

export interface MentionRecord {
  documentId: string;
  entityId: string;
  text: string;
  start: number;
  end: number;
}

export interface EvidenceRecord {
  id: string;
  factId: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
  status: FactStatus;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  direction: 'OUTGOING' | 'INCOMING';
  /** The entity this relation was read from, and the one at the other end. */
  selfId: string;
  otherId: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateInferred: boolean | null;
  role: string | null;
  status: FactStatus;
}

export interface RelationPage {
  totalCount: number;
  offset: number;
  relations: RelationRecord[];
}

export interface DocumentRecord {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  publishedAtInferred: boolean;
  text: string;
}
