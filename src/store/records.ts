/**
 * The records the store returns and the resolvers pass around (codegen `mappers`).
 * Plain values only: ids instead of nested objects, so nested fields resolve through batched
 * loaders and a response never needs a query per item.
 */
import type { DatePrecision, EntityType, FactStatus, RelationType } from '../__generated__/graphql';
import type { DocumentAlias } from '../domain/bundle/documentAliases';
import type { Conflict } from '../domain/conflicts';
import type { ResolvedEvidence, ResolvedMention } from '../domain/bundle/resolvedBundle';

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
  /** The aliases bound to one document (also in `aliases`). */
  documentAliases: DocumentAliasRecord[];
  description: string | null;
  unresolved: boolean;
  date: EntityDateRecord | null;
}

export type DocumentAliasRecord = DocumentAlias;

/**
 * Mentions and evidence are read back in the very shape the bundle validator resolves them to
 * (domain/bundle/resolvedBundle.ts): one definition each.
 */
/**
 * A stored mention; `confirmedBy`/`confirmedAt` once an editor confirmed it (confirmMention),
 * `unsureBy`/`unsureAt`/`unsureNote` while one has it flagged UNSURE (markMentionUnsure).
 */
export type MentionRecord = ResolvedMention & {
  confirmedBy?: string | null;
  confirmedAt?: string | null;
  unsureBy?: string | null;
  unsureAt?: string | null;
  unsureNote?: string | null;
};
export type EvidenceRecord = ResolvedEvidence & {
  /** Its document as a relation page read it (store/relations.ts readPageRows): Evidence.document needs no loader. */
  pageDocument?: DocumentRecord;
};

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
  /**
   * As a relation page read them (store/relations.ts readPageRows): the other end and the
   * evidence, so Relation.other and Relation.evidence resolve without a loader. Absent elsewhere.
   */
  pageOther?: EntityRecord;
  pageEvidence?: EvidenceRecord[];
}

export interface DocumentRecord {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  publishedAtInferred: boolean;
  /**
   * Absent when the read left it out: a relation page primes its evidence's documents without
   * their texts (~9 kB each) unless the operation selects `Document.text`, which then loads it.
   */
  text?: string;
}

/** A document record read with its text (findDocumentsByIds always reads it). */
export type DocumentRecordWithText = DocumentRecord & { text: string };

/** A page of a list: the items of one window plus the total and the window's offset. */
export interface Page<T> {
  totalCount: number;
  offset: number;
  items: T[];
}

export type RelationPage = Page<RelationRecord>;
export type SearchPage = Page<{ entityId: string; score: number }>;

/** A passage found by evidence search: one span of a document and the evidence items quoting it. */
export interface EvidenceMatchRecord {
  documentId: string;
  quote: string;
  start: number;
  end: number;
  score: number;
  /** Each fact (or entity date) the passage states, with the status it gives it, by fact id. */
  evidence: EvidenceRecord[];
}

export type EvidenceMatchPage = Page<EvidenceMatchRecord>;
export type ChangePage = Page<ChangeRecord>;
export type EntityPage = Page<string>;
export type DocumentPage = Page<string>;

export interface PathRecord {
  startId: string;
  /** Each step read from the previous entity on the path. */
  steps: RelationRecord[];
  cypher: string;
}

export interface SubgraphRecord {
  nodeIds: string[];
  /** The nodes as the read found them (store/neighborhood.ts), so Subgraph.nodes needs no loader. */
  nodes?: EntityRecord[];
  /** Facts between the nodes, each read from its start entity (direction OUTGOING). */
  edges: RelationRecord[];
  truncated: boolean;
  cypher: string;
}

export interface TimelineEntryRecord {
  kind: 'FACT' | 'DATED_ENTITY';
  date: string;
  endDate: string | null;
  precision: DatePrecision;
  inferred: boolean;
  status: FactStatus;
  subjectId: string;
  /** The dated fact, read from the subject; null for a dated entity. */
  relation: RelationRecord | null;
  /** Where the evidence lives: the fact id, or the entity's date pseudo fact id. */
  evidenceId: string;
}

export type TimelinePage = Page<TimelineEntryRecord>;

export interface CommonConnectionRecord {
  entityId: string;
  viaA: RelationRecord[];
  viaB: RelationRecord[];
}

export interface ChangeRecord {
  id: string;
  /** The change's place in the log (recordChange.ts sequenceChanges): commit order. */
  seq: number;
  operation: string;
  editor: string;
  at: string;
  summary: string;
  undone: boolean;
  /** The ids its CHANGED links point at (entities or merged-away ids), as recorded. */
  entityIds: string[];
  /** Where those ids resolve now: the live entities, through merges. */
  liveEntityIds: string[];
  factIds: string[];
  documentIds: string[];
}

/** A page of the change feed: the changes after a place in the sequence, and whether more follow. */
export interface ChangeFeedPage {
  /** The place the page starts after (0: the beginning). */
  after: number;
  items: ChangeRecord[];
  hasNextPage: boolean;
}

export interface RetractedFactRecord {
  id: string;
  retractedAt: string;
  retractedBy: string;
  retractReason: string;
  fromId: string;
  toId: string;
}

/** What ingestDocument did: the document's id, whether it is new, the mentions it linked. */
export interface IngestDocumentResult {
  documentId: string;
  created: boolean;
  mentions: MentionRecord[];
  candidates: CandidateRecord[];
  ambiguous: CandidateRecord[];
  proposals: ProposalRecord[];
}

/** An entity a name may be, with the reasons (domain/names ScoredMatch without the name). */
export interface NameMatchRecord {
  entityId: string;
  score: number;
  explanation: Array<{ feature: string; score: number; detail: string }>;
}

/**
 * A name candidate stored with its document (a :NameCandidate node, never an entity or a fact):
 * NEW_NAME for a name the graph lacks (EntityCandidate), AMBIGUOUS for a mention left unlinked between
 * several entities (AmbiguousMention, whose `name` is its text).
 */
export interface CandidateRecord {
  id: string;
  documentId: string;
  kind: 'NEW_NAME' | 'AMBIGUOUS';
  name: string;
  type: EntityType;
  surface: string;
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  matches: NameMatchRecord[];
  state: CandidateState;
  /** Null while OPEN. `addedAlias`: the alias a link gave the entity (undoing the link takes it back). */
  judgement: { editor: string; at: string; entityId: string | null; addedAlias?: string | null } | null;
  /** An editor's UNSURE mark (markCandidateUnsure): the candidate stays OPEN, flagged. */
  unsure?: UnsureMarkRecord | null;
}

/** Who was unsure, when, and why (markCandidateUnsure, markMentionUnsure). */
export interface UnsureMarkRecord {
  editor: string;
  at: string;
  note: string | null;
}

export type CandidateState = 'OPEN' | 'ACCEPTED' | 'LINKED' | 'REJECTED';
export type CandidatePage = Page<CandidateRecord>;

/**
 * Records a statement returned besides its answer (a page's entities, a relation's evidence and
 * documents): the request's loaders take them (graphql/loaders/prime.ts), so the nested fields
 * that ask for them next cost no further round trip.
 */
export interface SideRecords {
  entities?: readonly EntityRecord[];
  /** The evidence of each fact id read (an empty list: the fact has none). */
  evidence?: ReadonlyMap<string, EvidenceRecord[]>;
  documents?: readonly DocumentRecord[];
  /** Live facts by id (the fact loader's records). */
  facts?: readonly RelationRecord[];
}

/** What a store read returns: its answer and the side records it read with it. */
export interface Read<T> {
  value: T;
  side: SideRecords;
}

/** One end of a stored fact proposal: an entity, or the name candidate it was read from. */
export interface ProposalEndRecord {
  kind: 'ENTITY' | 'CANDIDATE';
  /** The entity's id, or the candidate's. */
  id: string;
  name: string;
  type: EntityType;
  /** The words that stand for the end in the sentence. */
  text: string;
}

/** An end as a reader sees it: a candidate an editor accepted or linked reads as its entity. */
export interface ProposalEndView extends ProposalEndRecord {
  /** The name candidate the end was read from, if any (whatever its state). */
  candidateId: string | null;
}

export type ProposalState = 'OPEN' | 'ACCEPTED' | 'REJECTED';

/** A fact proposal stored with its document ((:Proposal)-[:PROPOSED_IN]->(:Document)). */
export interface ProposalRecord {
  id: string;
  documentId: string;
  type: RelationType;
  from: ProposalEndRecord;
  to: ProposalEndRecord;
  status: FactStatus;
  statusCue: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateInferred: boolean | null;
  dateText: string | null;
  confidence: number;
  cue: string;
  cueText: string;
  /** HOLDS_OFFICE: the title the sentence gives ("Parliamentary Vice-Minister of ..."); else null. */
  role: string | null;
  /** The clause: `quote == document.text[start:end]`. */
  quote: string;
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** The same relation between the same ends from the same sentence text: what a rejection is remembered by. */
  judgementKey: string;
  state: ProposalState;
  judgement: { editor: string; at: string; reason: string | null; factId: string | null } | null;
}

export type ProposalPage = Page<ProposalRecord>;

export interface AcceptProposalResult {
  proposal: ProposalRecord;
  relation: RelationRecord;
  corroborated: boolean;
  changed: boolean;
}

export interface RejectProposalResult {
  proposal: ProposalRecord;
  changed: boolean;
}

export type ConflictPage = Page<Conflict>;
