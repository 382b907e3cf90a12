/**
 * The shapes `ask` reads and returns inside the domain: a small working graph (the facts near the
 * entities a question names, or those of a period or status, with their evidence) and the reading
 * of a question. Pure data: the store fills an AskGraph, the answerer never touches a database.
 */
import type { DatePrecision, EntityType, FactStatus, RelationType } from '../../__generated__/graphql';
import type { ResolvedEvidence } from '../bundle/resolvedBundle';

export type QuestionKind =
  'WHO_DID' | 'WHAT_ABOUT' | 'WHEN_WHERE' | 'CONNECTION' | 'IN_COMMON' | 'PERIOD' | 'PLANNED' | 'IS_DONE' | 'WHICH_SOURCE' | 'COUNT';

/** Evidence as the bundle validator resolves it: a quote of a document with its offsets and status. */
export type AskEvidence = ResolvedEvidence;

export interface AskFact {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateInferred: boolean | null;
  role: string | null;
  status: FactStatus;
  evidence: AskEvidence[];
}

export interface AskEntityDate {
  value: string;
  endValue: string | null;
  inferred: boolean;
  status: FactStatus;
  /** The pseudo fact id its evidence lives under. */
  factId: string;
  evidence: AskEvidence[];
}

export interface AskEntity {
  id: string;
  type: EntityType;
  name: string;
  date: AskEntityDate | null;
}

export interface AskDocument {
  id: string;
  title: string;
  publisher: string | null;
}

export interface AskGraph {
  entities: ReadonlyMap<string, AskEntity>;
  facts: ReadonlyMap<string, AskFact>;
  documents: ReadonlyMap<string, AskDocument>;
}

/** A period as inclusive day keys ("2024-05-01".."2024-05-31"), with the words it was read from. */
export interface Period {
  from: string;
  to: string;
  text: string;
}

/** A name found in the question and the entity it resolved to. */
export interface NamedEntity {
  entityId: string;
  start: number;
  end: number;
  text: string;
}
