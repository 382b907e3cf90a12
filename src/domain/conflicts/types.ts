/**
 * The shapes conflict detection reads and returns (issue #14). A statement is one source saying
 * one relation: a live fact's evidence, or a proposal read from a document and not rejected.
 * Conflict detection needs no database: the store gathers statements, this folder compares them.
 */
import type { FactStatus } from '../../__generated__/graphql';

export interface StatementEnd {
  /** An entity id, or a name candidate's id when `isName`. */
  id: string;
  name: string;
  type: string;
  /** A name the graph lacks (an open name candidate): it counts in a list, but is no entity. */
  isName: boolean;
}

export interface Statement {
  documentId: string;
  documentTitle: string;
  publishedAt: string | null;
  machineTranslated: boolean;
  type: string;
  from: StatementEnd;
  to: StatementEnd;
  status: FactStatus;
  date: string | null;
  dateInferred: boolean | null;
  /** HOLDS_OFFICE: the title the source gives (a fact's role, a proposal's title words); else null. */
  role: string | null;
  quote: string;
  start: number;
  end: number;
  /** The live fact this is evidence of (null for a proposal not yet accepted). */
  factId: string | null;
  proposalId: string | null;
}

export type ConflictKind = 'PARTIES' | 'OTHER_VALUE' | 'DATE' | 'NOT_REPORTED' | 'ROLE';

export interface ConflictSide {
  documentId: string;
  machineTranslated: boolean;
  /** FLAGGED: the sources of the flagged facts; CONTRADICTING: those that disagree. */
  role: 'FLAGGED' | 'CONTRADICTING';
  says: string;
  evidence: Statement[];
}

export interface Conflict {
  id: string;
  kind: ConflictKind;
  /** The event, agreement or other entity the sources disagree about. */
  aboutId: string;
  relationType: string;
  reason: string;
  /** The live facts an editor should look at: those a source contradicts. */
  factIds: string[];
  sides: ConflictSide[];
}
