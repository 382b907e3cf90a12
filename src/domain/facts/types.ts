/**
 * The shapes of fact proposals (issue #14). The reader needs no database: it takes a text, its
 * publication date and the name engine's resolution, and returns plain records. Offsets are UTF-16
 * code units into the text (`text.slice(start, end) === text` for every span).
 */
import type { RelationType } from '../../__generated__/graphql';

/**
 * How strongly the source states a fact. REPORTED, PLANNED and EXPECTED are the schema's
 * FactStatus; POSSIBLE ("may", "explore", "possible") is weaker than EXPECTED and is not in the
 * schema yet: the wiring adds it to FactStatus (and STATUS_RANK) or keeps such proposals in review.
 */
export type ProposalStatus = 'REPORTED' | 'PLANNED' | 'EXPECTED' | 'POSSIBLE';

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How an end was found in the sentence. */
export type EndSource = 'named' | 'pair' | 'frame' | 'pronoun';

export interface ProposalEnd {
  /** A graph entity id, or `candidate:<start>` for a new-name candidate (its first mention). */
  id: string;
  name: string;
  type: string;
  candidate: boolean;
  /**
   * The words that stand for the end in this sentence: the name, the phrase for a pair ("They",
   * "both sides") or, for `frame`, the end's first mention in the document (outside the sentence).
   */
  span: Span;
  source: EndSource;
}

export interface ProposalDate {
  /** ISO at its precision: "2025", "2025-05", "2025-05-12". */
  value: string;
  precision: DatePrecision;
  /** True when the year is not written (read from the publication date: "today", "On 30 April"). */
  inferred: boolean;
  expression: Span;
}

export interface Cue {
  /** The lexicon entry's phrase that matched, e.g. "co-chair*". */
  phrase: string;
  span: Span;
}

export interface FactProposal {
  type: RelationType;
  from: ProposalEnd;
  to: ProposalEnd;
  status: ProposalStatus;
  /** The modality words behind the status, null when none (a plain report). */
  statusCue: Span | null;
  date: ProposalDate | null;
  /** 0..1: the cue's weight, lowered for ends read from a pair or the document's frame. */
  confidence: number;
  cue: Cue;
  sentence: Span;
  /** The part of the sentence that states the fact: from the first to the last of its words. */
  clause: Span;
  /** HOLDS_OFFICE: the title the sentence gives the person ("Parliamentary Vice-Minister of ..."), verbatim; else null. */
  role: Span | null;
}

/** What the reader needs to know about a linked entity. */
export interface EntityFacts {
  name: string;
  type: string;
  /** When an event took place (ISO at its precision), to order events for FOLLOWS. */
  date?: string | null;
}
