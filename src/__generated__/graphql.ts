/* eslint-disable */
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Which candidate to accept, and the new entity where it differs from the candidate. */
export type AcceptCandidateInput = {
  /** The new entity's fields, where they differ from the candidate's. */
  entity?: InputMaybe<CandidateEntityInput>;
  /** The OPEN candidate to accept. */
  id: Scalars['ID']['input'];
};

/** What acceptCandidate did: the candidate, judged, and the entity it became. */
export type AcceptCandidatePayload = {
  __typename?: 'AcceptCandidatePayload';
  /** The candidate, now ACCEPTED. */
  candidate: EntityCandidate;
  /** The new entity it became. */
  entity: Entity;
};

/** Which proposal to accept, and any edits to the fact it states. */
export type AcceptProposalInput = {
  /** ISO-8601 at its precision. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** True when the year (or month) of `date` was inferred rather than stated. */
  dateInferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** An entity id. Needed when the proposal's end is a name candidate that is not accepted or linked yet. */
  from?: InputMaybe<Scalars['ID']['input']>;
  /** The OPEN proposal to accept. */
  id: Scalars['ID']['input'];
  /** Another verbatim passage of the same document as the evidence (default: the proposal's clause). */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Required for HOLDS_OFFICE: the office held (the reader does not propose one). */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The fact's status; defaults to the proposal's. */
  status?: InputMaybe<FactStatus>;
  /** An entity id for the end; needed when that end is a name candidate not yet accepted or linked. */
  to?: InputMaybe<Scalars['ID']['input']>;
  /** Edits; each defaults to what the proposal says. */
  type?: InputMaybe<RelationType>;
};

/** What acceptProposal did: the proposal, judged, and the fact it became or corroborated. */
export type AcceptProposalPayload = {
  __typename?: 'AcceptProposalPayload';
  /** False when the proposal was accepted before (a repeat): nothing was written or recorded. */
  changed: Scalars['Boolean']['output'];
  /** True when the fact was already in the graph: the proposal became new evidence for it. */
  corroborated: Scalars['Boolean']['output'];
  /** The proposal, now ACCEPTED. */
  proposal: Proposal;
  /** The fact as stored, with all its evidence. */
  relation: Relation;
};

/** An alias for an entity. */
export type AddAliasInput = {
  /** The surface form: 1 to 300 characters with a letter or digit. */
  alias: Scalars['String']['input'];
  /** The entity that gets the alias. */
  entityId: Scalars['ID']['input'];
};

/** What addAlias did: the entity, and whether the alias was new. */
export type AddAliasPayload = {
  __typename?: 'AddAliasPayload';
  /** False when the entity already had the alias: nothing was written or recorded. */
  changed: Scalars['Boolean']['output'];
  /** The entity, with the alias. */
  entity: Entity;
};

/** An entity of type AGREEMENT. A signed or planned instrument between parties: a partnership, a memorandum of cooperation, a letter of intent. */
export type Agreement = Entity & Node & {
  __typename?: 'Agreement';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type AGREEMENT. A signed or planned instrument between parties: a partnership, a memorandum of cooperation, a letter of intent. */
export type AgreementRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** An alias to add to an entity. */
export type AliasInput = {
  /** A document the form occurs in (optional); it is checked and linked as a mention. */
  document?: InputMaybe<Scalars['ID']['input']>;
  /**
   * DOCUMENT: the form names the entity only inside `document` ("the council"), and name resolution
   * links it nowhere else (Entity.documentAliases). Default GENERAL.
   */
  scope?: InputMaybe<AliasScope>;
  /** The alias as written: 1 to 300 characters with a letter or digit. */
  text: Scalars['String']['input'];
};

/** Where an alias names its entity. */
export type AliasScope =
  /** Only inside its document (a description such as "the council"). */
  | 'DOCUMENT'
  /** Everywhere: name resolution links it in every document. */
  | 'GENERAL';

/** A mention the text does not decide between several entities: left unlinked, never guessed. */
export type AmbiguousMention = {
  __typename?: 'AmbiguousMention';
  /** The entities it may name, best first; none of them is linked. */
  candidates: Array<EntityMatch>;
  /** The document it stands in. */
  document: Document;
  /** Offset just after it (exclusive). */
  end: Scalars['Int']['output'];
  /** Stable id: the document's id and the offsets. */
  id: Scalars['ID']['output'];
  /** The sentence it stands in. */
  sentence: Scalars['String']['output'];
  /** Offset of its first character in `document.text`. */
  start: Scalars['Int']['output'];
  /** Where its review stands (OPEN until an editor links or rejects it). */
  state: CandidateState;
  /** `text == document.text[start:end]`. */
  text: Scalars['String']['output'];
  /** Set when an editor marked it UNSURE (markCandidateUnsure): still OPEN, flagged; null otherwise. */
  unsure: Maybe<UnsureMark>;
};

/** The reply to a question: the facts that answer it, each with its evidence, and how it was read. */
export type Answer = {
  __typename?: 'Answer';
  /** For count questions: the number counted (the distinct entities the counted facts reach). */
  count: Maybe<Scalars['Int']['output']>;
  /** For when-questions: the dates of the entities asked about, with their evidence. */
  dates: Array<AnswerDate>;
  /** For source questions: the documents whose sentences state the claim. */
  documents: Array<Document>;
  /** The entities the question names, resolved (misspellings included), in question order. */
  entities: Array<Entity>;
  /** The facts that make the answer (for connections: those of the first path). */
  facts: Array<Relation>;
  /** The evidence behind each footnote mark of `text`: footnotes[0] is [1]. */
  footnotes: Array<Footnote>;
  /** A GraphQL query that returns the same facts (paste it into GraphiQL). */
  graphql: Maybe<Scalars['String']['output']>;
  /** How the question was read, in words: its kind, the entities resolved, relation types and filters. */
  interpretation: Scalars['String']['output'];
  /** The kind of question it was read as; null when not understood. */
  kind: Maybe<QuestionKind>;
  /** For connection questions: the shortest paths found, shortest first. */
  paths: Array<Path>;
  /** When not understood: a question of a supported form close to this one. */
  suggestion: Maybe<Scalars['String']['output']>;
  /**
   * A short answer built only from `facts`, `dates` and `paths`, with footnote marks ("[1]") that
   * are the positions in `footnotes`; says what the graph does not hold when nothing supports an
   * answer. Planned and expected facts are said to be planned or expected, inferred years inferred.
   */
  text: Maybe<Scalars['String']['output']>;
  /** False when the question matched no supported form (see `suggestion`). */
  understood: Scalars['Boolean']['output'];
};

/** An entity's own date given as (part of) an answer. */
export type AnswerDate = {
  __typename?: 'AnswerDate';
  /** The entity's date, with its precision and evidence. */
  date: EntityDate;
  /** The entity whose date it is. */
  entity: Entity;
};

/** A fact to assert: a typed relation between two entities, with its evidence. */
export type AssertFactInput = {
  /** ISO-8601 at its precision. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** True when the year (or month) of `date` was inferred from context rather than stated. */
  dateInferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** At least one verbatim passage of a stored document that states the fact. */
  evidence: Array<EvidenceInput>;
  /** The id of the entity the relation starts at. */
  from: Scalars['ID']['input'];
  /** Required for HOLDS_OFFICE: the office held. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** How settled the fact is; the stored status is the strongest its evidence states. */
  status: FactStatus;
  /** The id of the entity the relation ends at (another entity). */
  to: Scalars['ID']['input'];
  /** The relation type; the ontology says which entity types it may join. */
  type: RelationType;
};

/** What assertFact did: the fact as stored, and whether anything changed. */
export type AssertFactPayload = {
  __typename?: 'AssertFactPayload';
  /** False when the graph already held the fact, its evidence and status (a repeat): nothing was recorded. */
  changed: Scalars['Boolean']['output'];
  /** The fact as stored, with all its evidence. */
  relation: Relation;
};

/** An entity of type BLOC. A supranational union or intergovernmental club acting as one party: the EU, the G7. */
export type Bloc = Entity & Node & {
  __typename?: 'Bloc';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type BLOC. A supranational union or intergovernmental club acting as one party: the EU, the G7. */
export type BlocRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A page of name candidates (a Relay connection): its edges, where it stands in the list, and the count. */
export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  /** This page's name candidates, in list order, each with its cursor. */
  edges: Array<CandidateEdge>;
  /** Where this page stands: whether items precede or follow it, and the cursors at its ends. */
  pageInfo: PageInfo;
  /** How many name candidates the list holds in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the name candidates in a page, with its cursor. */
export type CandidateEdge = {
  __typename?: 'CandidateEdge';
  /** Opaque place of this item in its list: pass it as `after` to read on from here, or as `before` to read back. */
  cursor: Scalars['String']['output'];
  /** The name candidate. */
  node: EntityCandidate;
};

/** The new entity an accepted candidate becomes; every field defaults from the candidate. */
export type CandidateEntityInput = {
  /** A short description of the new entity. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new entity's id (kebab-case); derived from the name when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the candidate's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the candidate's type. */
  type?: InputMaybe<EntityType>;
};

/** An editor's decision on a candidate. */
export type CandidateJudgement = {
  __typename?: 'CandidateJudgement';
  /** ISO-8601 timestamp. */
  at: Scalars['String']['output'];
  /** The editor (token name). */
  editor: Scalars['String']['output'];
  /** The entity it became or was linked to; for a rejection, the entity it was said not to be (if any). */
  entity: Maybe<Entity>;
  /** The decision: ACCEPTED, LINKED or REJECTED. */
  state: CandidateState;
};

/** Why a candidate is up for review. */
export type CandidateKind =
  /** A mention the text leaves undecided between several entities (its `matches`). */
  | 'AMBIGUOUS'
  /** A name the graph lacks: it may become a new entity or an alias of one. */
  | 'NEW_NAME';

/** Where the review of a candidate stands. */
export type CandidateState =
  /** Became a new entity (acceptCandidate). */
  | 'ACCEPTED'
  /** Linked to an existing entity (linkCandidate). */
  | 'LINKED'
  /** Waiting for an editor. */
  | 'OPEN'
  /** Not a name, or not the entities proposed (rejectCandidate). */
  | 'REJECTED';

/**
 * One recorded write. As a Node it is found by `node(id:)` only with a reader or editor token (it
 * names an editor, as `history` does); without one its id matches nothing.
 */
export type Change = Node & {
  __typename?: 'Change';
  /** ISO-8601 timestamp. */
  at: Scalars['String']['output'];
  /** The documents it added or changed the links of. */
  documents: Array<Document>;
  /** The editor (token name) who made it. */
  editor: Scalars['String']['output'];
  /** The entities it touched that are still entities (merged-away ids answer what they were merged into). */
  entities: Array<Entity>;
  /** The ids the change touched, as recorded (an id merged away since is still listed). */
  entityIds: Array<Scalars['ID']['output']>;
  /** The evidence of those facts: each quote is the sentence the fact rests on, with its document. */
  evidence: Array<Evidence>;
  /** The ids of the facts it asserted or retracted. */
  factIds: Array<Scalars['ID']['output']>;
  /** Stable id of the record. */
  id: Scalars['ID']['output'];
  /** ingestDocument, upsertEntity, addAlias, assertFact, retractFact, mergeEntities, unmergeEntity, ingestBundle, acceptCandidate, linkCandidate, rejectCandidate, reopenCandidate, rejectMention, confirmMention, undoMentionJudgement, markCandidateUnsure, markMentionUnsure, acceptProposal, rejectProposal. */
  operation: Scalars['String']['output'];
  /** The change's place in the log: larger is later, in commit order. Gaps are possible, repeats are not. */
  sequence: Scalars['Int']['output'];
  /** A short, human-readable summary. */
  summary: Scalars['String']['output'];
  /** True once a merge has been undone. */
  undone: Scalars['Boolean']['output'];
};

/** A page of recorded changes (a Relay connection): its edges, where it stands in the list, and the count. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** This page's recorded changes, in list order, each with its cursor. */
  edges: Array<ChangeEdge>;
  /** Where this page stands: whether items precede or follow it, and the cursors at its ends. */
  pageInfo: PageInfo;
  /** How many recorded changes the list holds in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the recorded changes in a page, with its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Opaque place of this item in its list: pass it as `after` to read on from here, or as `before` to read back. */
  cursor: Scalars['String']['output'];
  /** The recorded change. */
  node: Change;
};

/** A page of changes of the feed (a Relay connection): its edges, where it stands in the list, and the count. */
export type ChangeFeedConnection = {
  __typename?: 'ChangeFeedConnection';
  /** This page's changes of the feed, in list order, each with its cursor. */
  edges: Array<ChangeFeedEdge>;
  /** hasNextPage is true while older changes than the newest are still unread; endCursor resumes. */
  pageInfo: PageInfo;
};

/** One of the changes of the feed in a page, with its cursor. */
export type ChangeFeedEdge = {
  __typename?: 'ChangeFeedEdge';
  /** Pass as `after` (query or subscription) to continue after this change. */
  cursor: Scalars['String']['output'];
  /** The recorded change. */
  node: Change;
};

/** Something two entities are both connected to (an event both attended, an initiative both support). */
export type CommonNeighbor = {
  __typename?: 'CommonNeighbor';
  /** The entity both are connected to. */
  entity: Entity;
  /** How the first entity is connected to it (read from the first entity). */
  viaA: Array<Relation>;
  /** How the second entity is connected to it (read from the second entity). */
  viaB: Array<Relation>;
};

/** Which mention to confirm: its document and offsets. */
export type ConfirmMentionInput = {
  /** The document the link is in. */
  documentId: Scalars['ID']['input'];
  /** The mention's end offset (exclusive). */
  end: Scalars['Int']['input'];
  /** The mention's start offset in the document's text. */
  start: Scalars['Int']['input'];
};

/** What confirmMention did: the document, and the entities whose link was confirmed. */
export type ConfirmMentionPayload = {
  __typename?: 'ConfirmMentionPayload';
  /** The entities the mention links to, now confirmed. */
  confirmed: Array<Entity>;
  /** The document with the confirmed link. */
  document: Document;
};

/**
 * Where sources disagree about one event or agreement. The facts involved are flagged for an editor
 * to settle (retract one, reject a proposal, merge); nothing is deleted. Computed from the facts and
 * the proposals not rejected on each read.
 */
export type Conflict = {
  __typename?: 'Conflict';
  /** The event, agreement or other entity the sources disagree about. */
  about: Entity;
  /** The live facts a source contradicts. */
  facts: Array<Relation>;
  /** Stable while the disagreement lasts: the kind, the relation and what it is about. */
  id: Scalars['ID']['output'];
  /** What the sources disagree about: the parties, another value, or the date. */
  kind: ConflictKind;
  /** In one paragraph: who says what, and which facts rest on which sources (machine-translated ones marked). */
  reason: Scalars['String']['output'];
  /** The relation type of the facts in dispute. */
  relationType: RelationType;
  /** Each source involved, with what it says and its evidence. */
  sides: Array<ConflictSide>;
};

/** A page of conflicts between sources (a Relay connection): its edges, where it stands in the list, and the count. */
export type ConflictConnection = {
  __typename?: 'ConflictConnection';
  /** This page's conflicts between sources, in list order, each with its cursor. */
  edges: Array<ConflictEdge>;
  /** Where this page stands: whether items precede or follow it, and the cursors at its ends. */
  pageInfo: PageInfo;
  /** How many conflicts between sources the list holds in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the conflicts between sources in a page, with its cursor. */
export type ConflictEdge = {
  __typename?: 'ConflictEdge';
  /** Opaque place of this item in its list: pass it as `after` to read on from here, or as `before` to read back. */
  cursor: Scalars['String']['output'];
  /** The conflict. */
  node: Conflict;
};

/** A verbatim passage of a side's document: a fact's evidence or a proposal's clause. */
export type ConflictEvidence = {
  __typename?: 'ConflictEvidence';
  /** Offset just after it (exclusive). */
  end: Scalars['Int']['output'];
  /** The proposal it was read as; null for a fact's evidence. */
  proposal: Maybe<Proposal>;
  /** The passage, verbatim. */
  quote: Scalars['String']['output'];
  /** The fact it is evidence of; null for a proposal not accepted. */
  relation: Maybe<Relation>;
  /** Offset of its first character in the document text. */
  start: Scalars['Int']['output'];
  /** How the passage states it. */
  status: FactStatus;
};

/** What the sources disagree about. */
export type ConflictKind =
  /** Sources date the same fact differently, at the precision both give. */
  | 'DATE'
  /** A fact every source gives only as planned or expected, whose date has passed when a later document reports on the same event or agreement without stating it. */
  | 'NOT_REPORTED'
  /** Sources give one event or agreement another place, or another occasion (signed or launched at another event). */
  | 'OTHER_VALUE'
  /** Sources name different parties of one event or agreement (co-chairs, signers). */
  | 'PARTIES'
  /** Sources that place a person at the same event give them another rank at the same body, or give the same post to another person. */
  | 'ROLE';

/** Which side of a conflict a source is on. */
export type ConflictRole =
  /** A source that disagrees with them. */
  | 'CONTRADICTING'
  /** A source of the flagged facts. */
  | 'FLAGGED';

/** One source in a conflict: what it says and its evidence. */
export type ConflictSide = {
  __typename?: 'ConflictSide';
  /** The source document. */
  document: Document;
  /** Its passages that say it. */
  evidence: Array<ConflictEvidence>;
  /** The document is a machine translation (its names and titles may be garbled). */
  machineTranslated: Scalars['Boolean']['output'];
  /** Whether it is a source of the flagged facts or contradicts them. */
  role: ConflictRole;
  /** What this source says, in a line. */
  says: Scalars['String']['output'];
};

/** An entity of type COUNTRY. A sovereign state: Japan, South Korea. */
export type Country = Entity & Node & {
  __typename?: 'Country';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type COUNTRY. A sovereign state: Japan, South Korea. */
export type CountryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** How precise a date is. ISO-8601 strings carry the same: \"2026\", \"2024-04\", \"2025-05-13\". */
export type DatePrecision =
  /** A day: "2025-05-13". */
  | 'DAY'
  /** A month: "2024-04". */
  | 'MONTH'
  /** A year: "2026". */
  | 'YEAR';

/** Which way a relation points, seen from the entity it is read from. */
export type Direction =
  /** Either way (only as a filter; a returned relation is always OUTGOING or INCOMING). */
  | 'BOTH'
  /** From the other entity to this one: (other)-[:TYPE]->(this). */
  | 'INCOMING'
  /** From this entity to the other: (this)-[:TYPE]->(other). */
  | 'OUTGOING';

/** A source document. */
export type Document = Node & {
  __typename?: 'Document';
  /** Who wrote it, when known. */
  author: Maybe<Scalars['String']['output']>;
  /**
   * The names found in it that the graph lacks and the mentions it leaves ambiguous (`kind`), in
   * text order: all of them, or those in `state`. For review; see Query.candidates.
   */
  candidates: Array<EntityCandidate>;
  /**
   * The facts this document supports (each read from its start entity), in a stable order.
   * `first` defaults to 20, at most 100.
   */
  facts: RelationConnection;
  /** Stable id (kebab-case), derived from the URL or the text when ingested without one. */
  id: Scalars['ID']['output'];
  /** The entities it names, each surface form with offsets (longest match wins where names overlap). */
  mentions: Array<Mention>;
  /** ISO-8601 at its precision. */
  publishedAt: Maybe<Scalars['String']['output']>;
  /** True when the publication date is inferred from the text rather than printed with it. */
  publishedAtInferred: Scalars['Boolean']['output'];
  /** Who published it, when known. */
  publisher: Maybe<Scalars['String']['output']>;
  /** The full text; every quote and mention is an offset range into it. */
  text: Scalars['String']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};


/** A source document. */
export type DocumentCandidatesArgs = {
  state?: InputMaybe<CandidateState>;
};


/** A source document. */
export type DocumentFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** An alias bound to one document (`scope: document` in a bundle). */
export type DocumentAlias = {
  __typename?: 'DocumentAlias';
  /** The document it belongs to. */
  document: Document;
  /** The alias as written. */
  text: Scalars['String']['output'];
};

/** A page of documents (a Relay connection): its edges, where it stands in the list, and the count. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** This page's documents, in list order, each with its cursor. */
  edges: Array<DocumentEdge>;
  /** Where this page stands: whether items precede or follow it, and the cursors at its ends. */
  pageInfo: PageInfo;
  /** How many documents the list holds in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the documents in a page, with its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque place of this item in its list: pass it as `after` to read on from here, or as `before` to read back. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/**
 * A thing in the knowledge graph: a bloc, country, organisation, person, initiative, law,
 * agreement, event, technology, policy area or place. Each entity type has its own object type.
 */
export type Entity = {
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/**
 * A thing in the knowledge graph: a bloc, country, organisation, person, initiative, law,
 * agreement, event, technology, policy area or place. Each entity type has its own object type.
 */
export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A name in a document that matches no entity well enough: proposed as a new entity for review. */
export type EntityCandidate = Node & {
  __typename?: 'EntityCandidate';
  /** The document it was found in. */
  document: Document;
  /** Offset just after the surface (exclusive). */
  end: Scalars['Int']['output'];
  /** Stable id: the document's id and the offsets. */
  id: Scalars['ID']['output'];
  /** Who decided, when, and the entity it became or was linked to; null while OPEN. */
  judgement: Maybe<CandidateJudgement>;
  /** NEW_NAME: a name the graph lacks; AMBIGUOUS: a mention between several entities (`matches` are they). */
  kind: CandidateKind;
  /** Entities it might still be, best first, each with its score and why (empty when none comes close). */
  matches: Array<EntityMatch>;
  /** The proposed canonical name: the surface without titles and leading articles. */
  name: Scalars['String']['output'];
  /** The sentence it stands in (`document.text[sentenceStart:sentenceEnd]`). */
  sentence: Scalars['String']['output'];
  /** Offset just after the sentence (exclusive). */
  sentenceEnd: Scalars['Int']['output'];
  /** Offset of the sentence's first character in `document.text`. */
  sentenceStart: Scalars['Int']['output'];
  /** Offset of the surface's first character in `document.text`. */
  start: Scalars['Int']['output'];
  /** Where the review stands: OPEN until an editor decides. */
  state: CandidateState;
  /** The text as it stands: `surface == document.text[start:end]`. */
  surface: Scalars['String']['output'];
  /** The proposed entity type (from a title or honorific, a head noun, a kind word nearby). */
  type: EntityType;
  /**
   * Set when an editor marked it UNSURE (markCandidateUnsure): it stays OPEN, in the queue,
   * flagged with who and when; null otherwise. reopenCandidate lifts the mark.
   */
  unsure: Maybe<UnsureMark>;
};

/** A page of entities (a Relay connection): its edges, where it stands in the list, and the count. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** This page's entities, in list order, each with its cursor. */
  edges: Array<EntityEdge>;
  /** Where this page stands: whether items precede or follow it, and the cursors at its ends. */
  pageInfo: PageInfo;
  /** How many entities the list holds in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** When a dated entity (mostly an event) takes place, with the precision the sources give. */
export type EntityDate = {
  __typename?: 'EntityDate';
  /** End of a range at the same precision, e.g. a two-day meeting. */
  endValue: Maybe<Scalars['String']['output']>;
  /** The source passages that state the date. */
  evidence: Array<Evidence>;
  /** True when the year (or month) was inferred from context rather than stated next to the date. */
  inferred: Scalars['Boolean']['output'];
  /** Whether `value` is a year, a month or a day. */
  precision: DatePrecision;
  /** How settled the date is, as the sources state it (a planned meeting is PLANNED). */
  status: FactStatus;
  /** ISO-8601 at its precision: "2025", "2024-04", "2024-04-30". */
  value: Scalars['String']['output'];
};

/** One of the entities in a page, with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque place of this item in its list: pass it as `after` to read on from here, or as `before` to read back. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** An entity a name may be, scored. */
export type EntityMatch = {
  __typename?: 'EntityMatch';
  /** The entity the name may be. */
  entity: Entity;
  /** The reasons in one line: `feature: detail (+score)`, joined by `; `. */
  explanation: Scalars['String']['output'];
  /** The same reasons, one per feature. */
  features: Array<MatchFeature>;
  /** The sum of the features' scores; comparable within one mention only. */
  score: Scalars['Float']['output'];
};

/** The order of an entity list. */
export type EntityOrder =
  /** By canonical name, A to Z (case- and accent-insensitive). */
  | 'NAME_ASC'
  /** By canonical name, Z to A. */
  | 'NAME_DESC'
  /** Most connected first (number of facts), then by name. */
  | 'RELATION_COUNT_DESC';

/**
 * What kind of thing an entity is. Each value is also the entity's Neo4j label (PascalCase), next
 * to the common label `Entity`.
 */
export type EntityType =
  /** A signed or planned instrument between parties: a partnership, a memorandum of cooperation, a letter of intent. */
  | 'AGREEMENT'
  /** A supranational union or intergovernmental club acting as one party: the EU, the G7. */
  | 'BLOC'
  /** A sovereign state: Japan, South Korea. */
  | 'COUNTRY'
  /** A dated gathering: a council, summit, dialogue or ministerial meeting. */
  | 'EVENT'
  /** A named collective the sources speak of as one actor without naming its members: Japanese companies, the EU Member States. */
  | 'GROUP'
  /** A programme, process or framework that actors set up and support: the Hiroshima AI Process, the AI Pact, Data Free Flow with Trust. */
  | 'INITIATIVE'
  /** A law or regulation: the AI Act. */
  | 'LAW'
  /** An institution, agency, ministry, international organisation or company: the European Commission, the EU AI Office, the OECD, Euronews. */
  | 'ORGANIZATION'
  /** A natural person, or a post-holder the source names only by title (marked unresolved). */
  | 'PERSON'
  /** A city or region: Tokyo, Brussels, Paris. */
  | 'PLACE'
  /** A policy field or challenge: data governance, cybersecurity, digital identity, climate change. */
  | 'POLICY_AREA'
  /** A technology: AI, 5G, semiconductors, quantum technology. */
  | 'TECHNOLOGY';

/** An entity of type EVENT. A dated gathering: a council, summit, dialogue or ministerial meeting. */
export type Event = Entity & Node & {
  __typename?: 'Event';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** When it takes or took place; null when the sources give no date. */
  date: Maybe<EntityDate>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type EVENT. A dated gathering: a council, summit, dialogue or ministerial meeting. */
export type EventRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A verbatim passage of a document: `quote == document.text[start:end]` (JavaScript string offsets). */
export type Evidence = Node & {
  __typename?: 'Evidence';
  /** The entity whose own date (an event's day, a law's expected date) this passage gives; else null. */
  datedEntity: Maybe<Entity>;
  /** The document the passage stands in. */
  document: Document;
  /** Offset just after it (exclusive). */
  end: Scalars['Int']['output'];
  /**
   * The fact this passage is evidence of, read from its start entity; null when it is the evidence
   * of an entity's own date (see `datedEntity`) or the fact was retracted.
   */
  fact: Maybe<Relation>;
  /** Stable id: the fact's id, the document's and the passage's offset ("<fact>@<document>:<start>"). */
  id: Scalars['ID']['output'];
  /** The passage, verbatim. */
  quote: Scalars['String']['output'];
  /** Offset of its first character in `document.text`. */
  start: Scalars['Int']['output'];
  /** How this source states the fact (it may plan what another source reports). */
  status: FactStatus;
};

/** A source passage stating a fact. */
export type EvidenceInput = {
  /** The id of a stored document the quote stands in. */
  document: Scalars['ID']['input'];
  /** 1-based; needed only when the quote occurs more than once. */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** A verbatim passage of the stored document. */
  quote: Scalars['String']['input'];
  /** How this source states the fact; defaults to the fact's status. */
  status?: InputMaybe<FactStatus>;
};

/** A passage found by Query.searchEvidence: `quote == document.text[start:end]`. */
export type EvidenceMatch = {
  __typename?: 'EvidenceMatch';
  /** The document the passage stands in. */
  document: Document;
  /** Offset just after it (exclusive). */
  end: Scalars['Int']['output'];
  /**
   * Each thing the passage states, with the status it gives it: one item per fact (`fact`), and one
   * per entity whose own date it gives (`datedEntity`: an event's day, a law's expected date).
   */
  evidence: Array<Evidence>;
  /** The facts this passage states, each read from its start entity, in id order. */
  facts: Array<Relation>;
  /** The passage, verbatim. */
  quote: Scalars['String']['output'];
  /** Offset of its first character in `document.text`. */
  start: Scalars['Int']['output'];
};

/** A page of evidence passages found (a Relay connection): its edges, where it stands in the list, and the count. */
export type EvidenceSearchConnection = {
  __typename?: 'EvidenceSearchConnection';
  /** This page's evidence passages found, in list order, each with its cursor. */
  edges: Array<EvidenceSearchEdge>;
  /** Where this page stands: whether items precede or follow it, and the cursors at its ends. */
  pageInfo: PageInfo;
  /** Passages found, at most 1000 evidence quotes' worth however common the words. */
  totalCount: Scalars['Int']['output'];
};

/** One of the evidence passages found in a page, with its cursor. */
export type EvidenceSearchEdge = {
  __typename?: 'EvidenceSearchEdge';
  /** Opaque place of this item in its list: pass it as `after` to read on from here, or as `before` to read back. */
  cursor: Scalars['String']['output'];
  /** The passage, with the facts it states. */
  node: EvidenceMatch;
  /** Lucene's relevance score of the passage's best quote; higher is better. */
  score: Scalars['Float']['output'];
};

/** How settled a fact is, as its sources state it. A forecast is never stored as REPORTED. */
export type FactStatus =
  /** The source forecasts it ("expected to become law in June"). */
  | 'EXPECTED'
  /** The source says it is scheduled, intended or will be announced. */
  | 'PLANNED'
  /** The source names it as a possibility only ("may", "explore", "possible joint working groups"): weaker than EXPECTED. */
  | 'POSSIBLE'
  /** The source reports it as having happened or as being the case. */
  | 'REPORTED';

/** A footnote of an answer: the quoted sentence behind one mark. */
export type Footnote = {
  __typename?: 'Footnote';
  /** The passage the footnote cites. */
  evidence: Evidence;
  /** The fact it supports; null for an entity's date. */
  fact: Maybe<Relation>;
  /** The mark in `Answer.text`: 1 for [1]. */
  mark: Scalars['Int']['output'];
};

/** An entity of type GROUP. A named collective the sources speak of as one actor without naming its members: Japanese companies, the EU Member States. */
export type Group = Entity & Node & {
  __typename?: 'Group';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type GROUP. A named collective the sources speak of as one actor without naming its members: Japanese companies, the EU Member States. */
export type GroupRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A source document to add: its text and where it comes from. */
export type IngestDocumentInput = {
  /** Who wrote it, when known. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Optional stable id (kebab-case); derived from the URL or the text when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** ISO-8601 at its precision. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Who published it (a newspaper, a ministry); at most 200 characters. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The full text, 1 to 500,000 characters: quotes and mentions are offsets into it. */
  text: Scalars['String']['input'];
  /** The document's title: 1 to 500 characters. */
  title: Scalars['String']['input'];
  /** Where it was published (at most 2,000 characters); the id derives from it when given. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What ingestDocument did: the document, the names it links, and what it leaves for review. */
export type IngestDocumentPayload = {
  __typename?: 'IngestDocumentPayload';
  /** Mentions its text leaves undecided between several entities: not linked, listed with their candidates. */
  ambiguous: Array<AmbiguousMention>;
  /** Names its text uses that the graph lacks, proposed for review (empty when `created` is false). */
  candidates: Array<EntityCandidate>;
  /** False when the same document was already there (nothing changed). */
  created: Scalars['Boolean']['output'];
  /** The document as stored. */
  document: Document;
  /** The entities its text names, each with where (variants included: "Minister Kiuchi", "DFFT"). */
  mentions: Array<Mention>;
  /** The facts its text states, proposed for review (empty when `created` is false), in text order. */
  proposals: Array<Proposal>;
};

/** An entity of type INITIATIVE. A programme, process or framework that actors set up and support: the Hiroshima AI Process, the AI Pact, Data Free Flow with Trust. */
export type Initiative = Entity & Node & {
  __typename?: 'Initiative';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type INITIATIVE. A programme, process or framework that actors set up and support: the Hiroshima AI Process, the AI Pact, Data Free Flow with Trust. */
export type InitiativeRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** An entity of type LAW. A law or regulation: the AI Act. */
export type Law = Entity & Node & {
  __typename?: 'Law';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type LAW. A law or regulation: the AI Act. */
export type LawRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** Which candidate to link, and to which entity. */
export type LinkCandidateInput = {
  /** The existing entity it names. */
  entityId: Scalars['ID']['input'];
  /** The OPEN candidate to link. */
  id: Scalars['ID']['input'];
};

/** What linkCandidate did: the candidate, judged, and the entity it now names. */
export type LinkCandidatePayload = {
  __typename?: 'LinkCandidatePayload';
  /** The candidate, now LINKED. */
  candidate: EntityCandidate;
  /** The entity it was linked to (with the new alias, for a new name). */
  entity: Entity;
};

/** Which candidate an editor is unsure about, and why. */
export type MarkCandidateUnsureInput = {
  /** The OPEN candidate (a new name or an ambiguous mention). */
  id: Scalars['ID']['input'];
  /** Why, in the editor's words (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What markCandidateUnsure did: the candidate, still OPEN, flagged. */
export type MarkCandidateUnsurePayload = {
  __typename?: 'MarkCandidateUnsurePayload';
  /** The candidate, OPEN and flagged UNSURE (`unsure`). */
  candidate: EntityCandidate;
};

/** Which link an editor is unsure about: its document and offsets, and why. */
export type MarkMentionUnsureInput = {
  /** The document the link is in. */
  documentId: Scalars['ID']['input'];
  /** The mention's end offset (exclusive). */
  end: Scalars['Int']['input'];
  /** Why, in the editor's words (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The mention's start offset in the document's text. */
  start: Scalars['Int']['input'];
};

/** What markMentionUnsure did: the document, and the entities whose link is flagged. */
export type MarkMentionUnsurePayload = {
  __typename?: 'MarkMentionUnsurePayload';
  /** The document with the flagged link (`Mention.unsure`). */
  document: Document;
  /** The entities the mention links to; the link stays, flagged UNSURE. */
  flagged: Array<Entity>;
};

/** One reason for or against a match. */
export type MatchFeature = {
  __typename?: 'MatchFeature';
  /** What was compared, in words. */
  detail: Scalars['String']['output'];
  /** name, surname, full name, acronym, ordinal, year, parties, date, context, office, topic, definite, shared words, editor (a link an editor confirmed for this name). */
  feature: Scalars['String']['output'];
  /** What it adds to the match's score (negative against). */
  score: Scalars['Float']['output'];
};

/** A surface form of an entity as it stands in a document: `text == document.text[start:end]`. */
export type Mention = {
  __typename?: 'Mention';
  /** When it was confirmed (ISO-8601); null until it is. */
  confirmedAt: Maybe<Scalars['String']['output']>;
  /** The editor who confirmed the link (confirmMention); null until one does. */
  confirmedBy: Maybe<Scalars['String']['output']>;
  /** The document it stands in. */
  document: Document;
  /** Offset just after its last character (exclusive). */
  end: Scalars['Int']['output'];
  /** The entity named. */
  entity: Entity;
  /** Offset of its first character in `document.text` (JavaScript string offsets). */
  start: Scalars['Int']['output'];
  /** The surface form as it stands in the text: `document.text[start:end]`. */
  text: Scalars['String']['output'];
  /** Set when an editor marked the link UNSURE (markMentionUnsure): it stays linked, flagged; null otherwise. */
  unsure: Maybe<UnsureMark>;
};

/** Two entities of one type: the one to keep and the one folded into it. */
export type MergeEntitiesInput = {
  /** The entity that stays and receives everything. */
  keepId: Scalars['ID']['input'];
  /** The entity folded into `keepId`; its id becomes a redirect. */
  mergeId: Scalars['ID']['input'];
};

/** What mergeEntities did: the entity holding both, and whether it merged now. */
export type MergeEntitiesPayload = {
  __typename?: 'MergeEntitiesPayload';
  /** False when both ids already resolved to `entity` (a repeat): nothing was written or recorded. */
  changed: Scalars['Boolean']['output'];
  /** The entity that now holds both. */
  entity: Entity;
  /** The id that was merged away (now a redirect to `entity`). */
  mergedId: Scalars['ID']['output'];
};

/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an OPEN candidate as a new entity (the candidate's surface becomes an alias when it
   * differs from the name) and links its mention. CONFLICT when it is not OPEN or the id exists.
   */
  acceptCandidate: AcceptCandidatePayload;
  /**
   * Accepts an OPEN proposal as a fact (or as new evidence for the fact it corroborates), through
   * assertFact's validation: the quote is checked verbatim in the document, the ends' types against
   * the relation's @connects. An end that is a name candidate must be accepted or linked first
   * (CONFLICT says which), or replaced with `input.from`/`input.to`. CONFLICT for a REJECTED one.
   */
  acceptProposal: AcceptProposalPayload;
  /** Adds a surface form to an entity's aliases (idempotent). */
  addAlias: AddAliasPayload;
  /**
   * A typed relation between two entities, with date, status and evidence. Each quote must occur
   * verbatim in its stored document. Asserting an existing fact adds evidence to it; its status
   * becomes the strongest its evidence states.
   */
  assertFact: AssertFactPayload;
  /**
   * Confirms a link the name engine made: the mention keeps who confirmed it and when, and the
   * judgement is stored with the others. NOT_FOUND when the document has no such mention;
   * confirming again changes nothing.
   */
  confirmMention: ConfirmMentionPayload;
  /**
   * Adds a source document (or returns the same one again: the id defaults to one derived from the
   * URL, else from the text). Its names are resolved against the graph (docs/name-resolution.md):
   * known entities, by name, alias or variant, get a MENTIONS link with offsets; names the graph
   * lacks become candidates and undecided mentions are listed as ambiguous, both stored with the
   * document for review, never linked. Text: 1 to 500,000 characters.
   */
  ingestDocument: IngestDocumentPayload;
  /**
   * Links an OPEN candidate to an existing entity: its mention is linked and, for a new name, its
   * surface becomes a general alias of the entity (so later documents link it too).
   */
  linkCandidate: LinkCandidatePayload;
  /**
   * Marks an OPEN candidate UNSURE: it stays OPEN, in the review queue, flagged with the editor,
   * the time and an optional note (`EntityCandidate.unsure`, `candidates(unsure: true)`); the
   * judgement is stored with the others and changes no later reading. CONFLICT when the candidate
   * was judged already; marking again changes nothing (the first editor and time stay). Undone by
   * reopenCandidate. Audited.
   */
  markCandidateUnsure: MarkCandidateUnsurePayload;
  /**
   * Marks a link the name engine made UNSURE: the mention stays linked, flagged with the editor,
   * the time and an optional note (`Mention.unsure`); the judgement is stored with the others and
   * changes no later reading. NOT_FOUND when the document has no such mention; marking again
   * changes nothing. Undone by undoMentionJudgement (or settled by confirmMention or
   * rejectMention). Audited.
   */
  markMentionUnsure: MarkMentionUnsurePayload;
  /**
   * Moves relations, evidence, mentions and aliases of `input.mergeId` onto `input.keepId`, and leaves a
   * redirect so the old id still resolves (along a chain: merged into an id merged away since, it
   * resolves to where that went). Answers the entity that now holds both. If `mergeId` already
   * resolves to the same entity as `keepId` (a repeat), nothing changes. CONFLICT for any other
   * merged-away id. Undo with `unmergeEntity`; see docs/merges.md.
   */
  mergeEntities: MergeEntitiesPayload;
  /**
   * Rejects an OPEN candidate. Without `notEntityId`: it is not a name, and the same surface is
   * not proposed again. With it: the surface does not name that entity, and no later ingest links
   * it to that entity or proposes it as a match.
   */
  rejectCandidate: RejectCandidatePayload;
  /**
   * Removes a wrong link (a mention) from a document and remembers the judgement: the same surface
   * is never linked to that entity again. NOT_FOUND when the document has no such mention.
   */
  rejectMention: RejectMentionPayload;
  /**
   * Rejects a proposal with a reason. The judgement is remembered: the same relation between the
   * same ends is not proposed again from the same sentence, in this or any later document.
   * CONFLICT for an ACCEPTED one (retract the fact instead).
   */
  rejectProposal: RejectProposalPayload;
  /**
   * Undoes the judgement on a candidate; it is OPEN again. A rejection: the verdict it kept for
   * later documents is lifted. A link: the mention is unlinked and the alias the link added (if it
   * added one) is taken back. An accept: the entity it became is removed with its mention, but
   * CONFLICT when anything has been built on that entity since (facts, other mentions, merges,
   * aliases): retract, unmerge or edit those first. An OPEN candidate flagged UNSURE: the mark is
   * lifted (`unflagged`); an UNSURE mark made before an accept, link or rejection stays when that
   * is undone. CONFLICT for an OPEN candidate without a mark. Audited.
   */
  reopenCandidate: ReopenCandidatePayload;
  /**
   * Hides a fact from reads, keeping it with the reason and who retracted it. Retracting a
   * retracted fact changes nothing (the first reason stays).
   */
  retractFact: RetractFactPayload;
  /**
   * Undoes the latest judgement on a mention: a rejected link (rejectMention) is linked again and
   * the surface may link that entity in later documents again; a confirmation or an UNSURE mark is
   * lifted. NOT_FOUND when the mention has no judgement to undo. Audited.
   */
  undoMentionJudgement: UndoMentionJudgementPayload;
  /**
   * Undoes the merge that made `input.id` a merged-away id, from the audit log. If the entity it was
   * merged into has been merged away since (a chain), that merge is done again without `id`.
   * CONFLICT when an entity the undo restores has changed since its merge. An id that is an entity
   * again answers unchanged; NOT_FOUND if it was never merged. See docs/merges.md.
   */
  unmergeEntity: UnmergeEntityPayload;
  /**
   * Creates an entity or updates its name and description. Aliases are only ever added; a renamed
   * entity keeps its old name as an alias. Its type cannot change (retract and re-assert instead).
   */
  upsertEntity: UpsertEntityPayload;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationAcceptCandidateArgs = {
  input: AcceptCandidateInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationAcceptProposalArgs = {
  input: AcceptProposalInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationAddAliasArgs = {
  input: AddAliasInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationAssertFactArgs = {
  input: AssertFactInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationConfirmMentionArgs = {
  input: ConfirmMentionInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationLinkCandidateArgs = {
  input: LinkCandidateInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationMarkCandidateUnsureArgs = {
  input: MarkCandidateUnsureInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationMarkMentionUnsureArgs = {
  input: MarkMentionUnsureInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationMergeEntitiesArgs = {
  input: MergeEntitiesInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationRejectCandidateArgs = {
  input: RejectCandidateInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationRejectMentionArgs = {
  input: RejectMentionInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationRejectProposalArgs = {
  input: RejectProposalInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationReopenCandidateArgs = {
  input: ReopenCandidateInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationRetractFactArgs = {
  input: RetractFactInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationUndoMentionJudgementArgs = {
  input: UndoMentionJudgementInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationUnmergeEntityArgs = {
  input: UnmergeEntityInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with one of the configured editor
 * tokens (EDITOR_TOKENS): none is UNAUTHENTICATED, an unknown one or a reader token (READER_TOKENS)
 * FORBIDDEN, and none of them touches the graph. Each mutation is one transaction (all or nothing), idempotent by natural keys, and
 * recorded in the audit log (`history`) with the editor's name and the time. Bad input is
 * BAD_USER_INPUT with the graph unchanged; unknown ids are NOT_FOUND. Lengths are limited (ids 200
 * characters, names and aliases 300, quotes 2,000, titles 500, document text 500,000; all in
 * docs/limits.md).
 */
export type MutationUpsertEntityArgs = {
  input: UpsertEntityInput;
};

/**
 * An object with a stable id that `Query.node` finds again (Relay's global object identification).
 * The id is the object's own `id`, unchanged. Entity and document ids share one kebab-case
 * namespace: where an entity and a document have the same id, `node` returns the entity (the
 * document stays reachable by `Query.document`). Relation ids ("<from>.<TYPE>.<to>"), evidence ids
 * ("<fact>@<document>:<start>"), name candidate ids ("<document>:<start>-<end>") and fact proposal ids
 * ("<document>:<TYPE>:<hash>") cannot be mistaken for either or for one another. A recorded change's
 * id is a UUID, looked up after entities and documents, and only for callers with a read token.
 */
export type Node = {
  /** Stable id, the same as the object's `id` field. */
  id: Scalars['ID']['output'];
};

/** An entity of type ORGANIZATION. An institution, agency, ministry, international organisation or company: the European Commission, the EU AI Office, the OECD, Euronews. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type ORGANIZATION. An institution, agency, ministry, international organisation or company: the European Commission, the EU AI Office, the OECD, Euronews. */
export type OrganizationRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/**
 * Where a page stands in its list (Relay's PageInfo). Lists page forward (`first`/`after`) and
 * backward (`last`/`before`); cursors are opaque, and an item's cursor is the same whichever way
 * its page was reached. Both flags are exact in both directions.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item (pass it as `after` for the next page); null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (pass `startCursor` as `before` to read them). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first item (pass it as `before` for the previous page); null for an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A connection between two entities: `start`, then each step's `other` is the next entity. */
export type Path = {
  __typename?: 'Path';
  /** Read-only Cypher that returns this same path in Neo4j Browser. */
  cypher: Scalars['String']['output'];
  /** Number of steps (relations). */
  length: Scalars['Int']['output'];
  /** The entity the path starts from (`from` of the query). */
  start: Entity;
  /** Each step read from the previous entity; `direction` says which way the stored relation points. */
  steps: Array<Relation>;
};

/** An entity of type PERSON. A natural person, or a post-holder the source names only by title (marked unresolved). */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type PERSON. A natural person, or a post-holder the source names only by title (marked unresolved). */
export type PersonRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** An entity of type PLACE. A city or region: Tokyo, Brussels, Paris. */
export type Place = Entity & Node & {
  __typename?: 'Place';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type PLACE. A city or region: Tokyo, Brussels, Paris. */
export type PlaceRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** An entity of type POLICY_AREA. A policy field or challenge: data governance, cybersecurity, digital identity, climate change. */
export type PolicyArea = Entity & Node & {
  __typename?: 'PolicyArea';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type POLICY_AREA. A policy field or challenge: data governance, cybersecurity, digital identity, climate change. */
export type PolicyAreaRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A fact the reader found in a sentence of a document, waiting for review. */
export type Proposal = Node & {
  __typename?: 'Proposal';
  /** 0..1: the cue's weight, lowered for ends read from "they" or the document's council, and for new names. */
  confidence: Scalars['Float']['output'];
  /** The fact the graph already holds with the same type and ends (accepting adds this as evidence); null if none. */
  corroborates: Maybe<Relation>;
  /** The cue lexicon's phrase that produced it ("co-chair*", "sign*"), so a reviewer sees why. */
  cue: Scalars['String']['output'];
  /** The words of the sentence the cue matched. */
  cueText: Scalars['String']['output'];
  /** ISO-8601 at its precision, read from the sentence and anchored at the document's publication date. */
  date: Maybe<Scalars['String']['output']>;
  /** True when the year is not written ("On May 13th", "today"). */
  dateInferred: Maybe<Scalars['Boolean']['output']>;
  /** Whether `date` is a year, a month or a day; null without a date. */
  datePrecision: Maybe<DatePrecision>;
  /** The words the date was read from ("On May 13th"). */
  dateText: Maybe<Scalars['String']['output']>;
  /** The document whose sentence states it. */
  document: Document;
  /** The clause that states it (the quote acceptProposal stores) and its full sentence, with offsets. */
  evidence: ProposalEvidence;
  /** The end the relation starts at. */
  from: ProposalEnd;
  /** Stable id: the document's id, the relation and its ends ("<document>:<TYPE>:<hash of the ends>"). */
  id: Scalars['ID']['output'];
  /** Who decided, when and why; null while OPEN. */
  judgement: Maybe<ProposalJudgement>;
  /** HOLDS_OFFICE: the title the sentence gives the person, verbatim ("Parliamentary Vice-Minister of Economy, Trade and Industry"); null for other types. acceptProposal stores it only when given as `input.role`. */
  role: Maybe<Scalars['String']['output']>;
  /** Where its review stands: OPEN until an editor accepts or rejects it. */
  state: ProposalState;
  /** How the sentence states it: REPORTED, PLANNED (will, plans, is set to), EXPECTED, POSSIBLE (may, explore, possible). */
  status: FactStatus;
  /** The modality words behind the status ("will", "is expected to"); null for a plain report. */
  statusCue: Maybe<Scalars['String']['output']>;
  /** The end the relation ends at. */
  to: ProposalEnd;
  /** The relation type it proposes. */
  type: RelationType;
};

/** A page of fact proposals (a Relay connection): its edges, where it stands in the list, and the count. */
export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  /** This page's fact proposals, in list order, each with its cursor. */
  edges: Array<ProposalEdge>;
  /** Where this page stands: whether items precede or follow it, and the cursors at its ends. */
  pageInfo: PageInfo;
  /** How many fact proposals the list holds in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the fact proposals in a page, with its cursor. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Opaque place of this item in its list: pass it as `after` to read on from here, or as `before` to read back. */
  cursor: Scalars['String']['output'];
  /** The fact proposal. */
  node: Proposal;
};

/**
 * One end of a proposal: an entity of the graph, or a name the graph lacks (its name candidate,
 * `id` of the candidate) until an editor accepts or links that candidate; from then on, the entity.
 */
export type ProposalEnd = {
  __typename?: 'ProposalEnd';
  /** Set when the end is a name candidate, whatever its state. */
  candidate: Maybe<EntityCandidate>;
  /** Set when the end is an entity (from the start, or since its candidate was accepted or linked). */
  entity: Maybe<Entity>;
  /** The entity's id, or the name candidate's id. */
  id: Scalars['ID']['output'];
  /** The entity's name, or the candidate's proposed name. */
  name: Scalars['String']['output'];
  /** The words that stand for the end in the sentence ("They", "both sides", a name). */
  text: Scalars['String']['output'];
  /** The entity's type, or the candidate's proposed type. */
  type: EntityType;
};

/** A verbatim passage: `quote == document.text[start:end]`, inside `sentence == document.text[sentenceStart:sentenceEnd]`. */
export type ProposalEvidence = {
  __typename?: 'ProposalEvidence';
  /** Offset just after it (exclusive). */
  end: Scalars['Int']['output'];
  /** The clause that states the fact, verbatim. */
  quote: Scalars['String']['output'];
  /** The whole sentence the clause stands in. */
  sentence: Scalars['String']['output'];
  /** Offset just after the sentence (exclusive). */
  sentenceEnd: Scalars['Int']['output'];
  /** Offset of the sentence's first character in `document.text`. */
  sentenceStart: Scalars['Int']['output'];
  /** Offset of its first character in `document.text`. */
  start: Scalars['Int']['output'];
};

/** An editor's decision on a fact proposal. */
export type ProposalJudgement = {
  __typename?: 'ProposalJudgement';
  /** ISO-8601 timestamp. */
  at: Scalars['String']['output'];
  /** The editor (token name). */
  editor: Scalars['String']['output'];
  /** Why it was rejected; null for an acceptance. */
  reason: Maybe<Scalars['String']['output']>;
  /** The fact it became or added evidence to; null for a rejection. */
  relation: Maybe<Relation>;
  /** The decision: ACCEPTED or REJECTED. */
  state: ProposalState;
};

/** Where the review of a fact proposal stands. */
export type ProposalState =
  /** Accepted: the fact (or the evidence it added) is in the graph. */
  | 'ACCEPTED'
  /** Waiting for an editor. */
  | 'OPEN'
  /** Rejected with a reason: not proposed again for the same sentence. */
  | 'REJECTED';

/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Answers a question in plain words from the graph's facts only: who did what (signed,
   * co-chaired, launched, attended...), what X did or is about, when and where, how X is connected
   * to Y, what X and Y have in common, what happened in a period, what is planned or expected, is X
   * done, which source says a claim, how many, and answers one step away through the event or
   * agreement the named entities take part in. Names may be misspelt (the name resolver reads
   * them). Nothing is ever answered without evidence: when the graph holds nothing that supports an
   * answer, `understood` is true, `facts` is empty and `text` says what the graph does not hold;
   * when the question is not understood, `understood` is false and `suggestion` gives the closest
   * supported form. `question` may be at most 500 characters (else BAD_USER_INPUT).
   */
  ask: Answer;
  /**
   * Name candidates of ingested documents, for review: of one document (`documentId`) or of all,
   * in one `state` (default OPEN) or any (null), in document order. NOT_FOUND for an unknown
   * document.
   */
  candidates: CandidateConnection;
  /**
   * Accepted writes, oldest first. `after` is the cursor of the last change already seen (an edge's
   * `cursor`, or `pageInfo.endCursor`); `first` defaults to 20, at most 100. `entityIds` keeps the
   * changes that touched any of those entities (or merged-away ids). They name editors, so, like
   * `history`, this needs a reader or editor token: none is UNAUTHENTICATED, an unknown one FORBIDDEN.
   */
  changes: ChangeFeedConnection;
  /**
   * What two entities are both directly connected to, most shared links first. NOT_FOUND when
   * either does not exist. `first` defaults to 20, at most 100.
   */
  commonConnections: Array<CommonNeighbor>;
  /** Where sources disagree, by id. `first` defaults to 20, at most 100. */
  conflicts: ConflictConnection;
  /** A source document by id; null when there is none. */
  document: Maybe<Document>;
  /** The source documents, newest first. */
  documents: DocumentConnection;
  /**
   * Entities, filtered and sorted. `namePrefix` matches the start of the canonical name (case- and
   * accent-insensitive). `factsFrom`/`factsTo` (ISO dates at any precision) keep entities with at
   * least one dated fact overlapping that period; `factStatus` keeps entities with at least one fact
   * of those statuses (a fact's strongest). Given together, one fact must satisfy both.
   */
  entities: EntityConnection;
  /**
   * One entity by id, or by name: the canonical name or any general alias, case- and
   * accent-insensitive ("hena wilkunen" finds Henna Virkkunen), else the one entity a variant of
   * the name means: title and surname ("Minister Kiuchi"), surname alone, an acronym ("DFFT"),
   * another name of a country ("Republic of Korea"), a typo or transliteration. Give exactly one
   * of `id` and `name` (else BAD_USER_INPUT). Null when nothing matches, when several entities fit
   * the name equally well (never a guess), and for an alias bound to one document ("the council").
   */
  entity: Maybe<Entity>;
  /**
   * The recorded changes that touched an entity, newest first. They name editors, so this needs a
   * reader or editor token even where other reads are open: none is UNAUTHENTICATED, an unknown
   * one FORBIDDEN.
   */
  history: ChangeConnection;
  /**
   * The entities within `depth` steps of one entity (default 1, at most 3) and the facts between
   * them, at most `limit` entities (default 50, at most 500). NOT_FOUND when the entity does not exist.
   */
  neighborhood: Subgraph;
  /**
   * The entity, document, relation (fact), evidence, name candidate, fact proposal or recorded change
   * (with a read token) with this id, whatever its type; null when there is none (a retracted fact
   * and its evidence included).
   */
  node: Maybe<Node>;
  /**
   * Several objects by id, in the order given, null where an id matches nothing. At most 100 ids
   * (above that: BAD_USER_INPUT). Costs a bounded number of round trips however many ids.
   */
  nodes: Array<Maybe<Node>>;
  /**
   * Shortest connections between two entities ("how is X connected to Y"), shortest first, each
   * step with its evidence. `maxHops` defaults to 4 and may be at most 6; `first` defaults to 5 and
   * may be at most 20; `types` keeps only relations of those types. NOT_FOUND when either entity
   * does not exist; an empty list when they are not connected within `maxHops`.
   */
  paths: Array<Path>;
  /**
   * Fact proposals for review: of one document (`documentId`) or all, in one `state` (default OPEN)
   * or any (null), of one relation `type` or any; in document and text order. NOT_FOUND for an
   * unknown document.
   */
  proposals: ProposalConnection;
  /**
   * Entities by name, then full-text search. The whole query is first read as a name by the same
   * resolver as `ingestDocument` and `entity(name:)` (titles and surnames, acronyms, other names of
   * a country, typos and transliterations: "Virkunen", "Minister Kiuchi", "DFFT"): the entity it
   * means comes first, or, when several fit it alike, all of them, best first. Then hits of a
   * full-text search over names, aliases and descriptions, ranked, tolerant of typos. Any text is
   * safe: Lucene syntax characters are treated as text. `query` may be at most 500 characters.
   */
  search: SearchConnection;
  /**
   * Full-text search over the evidence: the verbatim passages that state the graph's facts, ranked,
   * tolerant of typos ("Kiuchi signd a leter" finds the letter of intent's signature). Any text is
   * safe: Lucene syntax characters are treated as text. Each hit is one passage of one document
   * with every fact it states (a sentence about "the EU and Japan" states one per party); quotes of
   * retracted facts are not found. `query` may be at most 500 characters; `first` defaults to 20,
   * at most 100.
   */
  searchEvidence: EvidenceSearchConnection;
  /**
   * Dated facts and dated entities in date order (earliest first), for one entity (its facts and
   * the dates of the entities it is connected to) or for everything; `from`/`to` (ISO dates at any
   * precision) keep entries overlapping that period; `status` keeps entries of those statuses (a
   * fact's strongest, a dated entity's date status: `[PLANNED, EXPECTED]` is what is still to come
   * or forecast). NOT_FOUND when `entityId` does not exist.
   */
  timeline: TimelineConnection;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryAskArgs = {
  question: Scalars['String']['input'];
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<CandidateState>;
  unsure?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryCommonConnectionsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryConflictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  factStatus?: InputMaybe<Array<FactStatus>>;
  factsFrom?: InputMaybe<Scalars['String']['input']>;
  factsTo?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  namePrefix?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryEntityArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<ProposalState>;
  type?: InputMaybe<RelationType>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QuerySearchEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/**
 * Reads are open. Every list takes `first` (default 20, at most 100; above is BAD_USER_INPUT,
 * never a silent truncation) and `after` (a cursor from a previous page; a forged one is
 * BAD_USER_INPUT). Nullable single-object fields return null when the id or name matches nothing.
 */
export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** The kinds of question `ask` reads. */
export type QuestionKind =
  /** How X is connected to Y (paths of facts). */
  | 'CONNECTION'
  /** How many ... (a number, with the facts counted). */
  | 'COUNT'
  /** What X and Y have in common (what both are linked to). */
  | 'IN_COMMON'
  /** Is X done: a law adopted, an agreement signed, a meeting held. */
  | 'IS_DONE'
  /** What happened (or was scheduled) in a period. */
  | 'PERIOD'
  /** What is planned, expected or not yet reported as done. */
  | 'PLANNED'
  /** What X did, does or is about. */
  | 'WHAT_ABOUT'
  /** When and/or where something happened or is to happen. */
  | 'WHEN_WHERE'
  /** Which source (document) states a claim. */
  | 'WHICH_SOURCE'
  /** Who did what: signed, co-chaired, launched, set up, supervises, is part of, attended... */
  | 'WHO_DID';

/** Which candidate to reject and, optionally, the entity it does not name. */
export type RejectCandidateInput = {
  /** The OPEN candidate to reject. */
  id: Scalars['ID']['input'];
  /** The entity the surface does not name; absent: the surface is not a name at all. */
  notEntityId?: InputMaybe<Scalars['ID']['input']>;
};

/** What rejectCandidate did: the candidate, judged. */
export type RejectCandidatePayload = {
  __typename?: 'RejectCandidatePayload';
  /** The candidate, now REJECTED. */
  candidate: EntityCandidate;
};

/** Which mention to unlink: its document and offsets. */
export type RejectMentionInput = {
  /** The document the wrong link is in. */
  documentId: Scalars['ID']['input'];
  /** The mention's end offset (exclusive). */
  end: Scalars['Int']['input'];
  /** The mention's start offset in the document's text. */
  start: Scalars['Int']['input'];
};

/** What rejectMention did: the document without the link, and the entities unlinked. */
export type RejectMentionPayload = {
  __typename?: 'RejectMentionPayload';
  /** The document, without the link. */
  document: Document;
  /** The entities the mention no longer links to. */
  unlinked: Array<Entity>;
};

/** Which proposal to reject, and why. */
export type RejectProposalInput = {
  /** The proposal to reject. */
  id: Scalars['ID']['input'];
  /** Why: 1 to 1,000 characters, kept with the proposal. */
  reason: Scalars['String']['input'];
};

/** What rejectProposal did: the proposal, judged. */
export type RejectProposalPayload = {
  __typename?: 'RejectProposalPayload';
  /** False when it was rejected before (a repeat): the first reason stays. */
  changed: Scalars['Boolean']['output'];
  /** The proposal, now REJECTED. */
  proposal: Proposal;
};

/** A fact: a typed relation between two entities, with its date, status and evidence. */
export type Relation = Node & {
  __typename?: 'Relation';
  /** ISO-8601 at its precision: "2026", "2024-04", "2025-05-13". */
  date: Maybe<Scalars['String']['output']>;
  /** True when the year was inferred from context rather than stated. */
  dateInferred: Maybe<Scalars['Boolean']['output']>;
  /** Whether `date` is a year, a month or a day; null without a date. */
  datePrecision: Maybe<DatePrecision>;
  /** Seen from the entity it was read from (for a path step: from the step's previous node). */
  direction: Direction;
  /** Every source passage that states this fact; at least one. */
  evidence: Array<Evidence>;
  /** The entity the stored relationship starts at: `(from)-[:TYPE]->(to)`, whichever way it was read. */
  from: Entity;
  /** Stable fact id: "<from>.<TYPE>.<to>" (plus the role for HOLDS_OFFICE). */
  id: Scalars['ID']['output'];
  /** The entity at the other end. */
  other: Entity;
  /** For HOLDS_OFFICE: the office held. */
  role: Maybe<Scalars['String']['output']>;
  /**
   * How many independent documents state it: its evidence's documents, where documents that state it
   * in the very same words (a republished release) count once.
   */
  sources: Scalars['Int']['output'];
  /** The strongest status among the evidence (REPORTED over PLANNED over EXPECTED over POSSIBLE). */
  status: FactStatus;
  /** Each source's status with its publication date, oldest first (undated last): planned in one, reported in a later one. */
  statusHistory: Array<StatusStep>;
  /** The entity the stored relationship ends at. */
  to: Entity;
  /** The relation type, read from `from` to `to`. */
  type: RelationType;
};

/** A page of relations (facts) (a Relay connection): its edges, where it stands in the list, and the count. */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** This page's relations (facts), in list order, each with its cursor. */
  edges: Array<RelationEdge>;
  /** Where this page stands: whether items precede or follow it, and the cursors at its ends. */
  pageInfo: PageInfo;
  /** How many relations (facts) the list holds in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the relations (facts) in a page, with its cursor. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Opaque place of this item in its list: pass it as `after` to read on from here, or as `before` to read back. */
  cursor: Scalars['String']['output'];
  /** The fact, read from the entity it was asked of. */
  node: Relation;
};

/**
 * The closed list of relationship types between entities. Names are verbs read from start to end
 * node, e.g. `(Person)-[:CO_CHAIRED]->(Event)`. Each value is also the Neo4j relationship type.
 */
export type RelationType =
  /** A bloc, country or group of governments adopts (signs off on) a law. */
  | 'ADOPTS'
  /** An agreement, initiative or outcome builds on an earlier one. */
  | 'BUILDS_ON'
  /** An actor publicly calls for an initiative or law to be implemented or adopted (the evidence says what is asked). */
  | 'CALLS_FOR'
  /** An actor urges another to act (the evidence says to do what). */
  | 'CALLS_ON'
  /** An initiative brings the members of a group together (a research forum connecting researchers). */
  | 'CONNECTS'
  /** An event is a meeting held under an agreement or within an organisation (a council of a partnership, the OECD's ministerial meeting). */
  | 'CONVENED_UNDER'
  /** One actor cooperates with another, on something specific the evidence names. */
  | 'COOPERATES_WITH'
  /** An organisation is the coordination body for a policy field (the AI Office for AI policy at EU level); weaker than SUPERVISES. */
  | 'COORDINATES'
  /** An actor coordinates its work with another actor. */
  | 'COORDINATES_WITH'
  /** An event, agreement, initiative or actor's cooperation covers a technology or policy area. */
  | 'COVERS'
  /** A person co-chaired an event. */
  | 'CO_CHAIRED'
  /** An actor is encouraged by another party's plan to take part in an initiative. */
  | 'ENCOURAGED_TO_JOIN'
  /** An event is the next one after another in the same series. */
  | 'FOLLOWS'
  /** An event takes place in a place. */
  | 'HELD_IN'
  /** A country held the rotating presidency of a bloc. */
  | 'HELD_PRESIDENCY_OF'
  /** A person holds an office in a body; the relation's `role` names the office. */
  | 'HOLDS_OFFICE'
  /** An agreement or initiative puts another initiative or law into practice. */
  | 'IMPLEMENTS'
  /** An actor set up or launched an initiative or agreement. */
  | 'LAUNCHED'
  /** An initiative or agreement was launched or announced at an event. */
  | 'LAUNCHED_AT'
  /** A country or organisation belongs to a bloc or organisation (Japan is a member of the G7). */
  | 'MEMBER_OF'
  /** An initiative, agreement or meeting is reported among the outcomes of an event (a council's key outcomes); it need not be new. */
  | 'OUTCOME_OF'
  /** An actor took part in an event. */
  | 'PARTICIPATED_IN'
  /** Two parties are in a standing partnership (stored once, read both ways). */
  | 'PARTNER_OF'
  /** An actor is a party to an agreement. */
  | 'PARTY_TO'
  /** An organisation is a unit of a larger body (the AI Office is a department within the Commission). */
  | 'PART_OF'
  /** An initiative or agreement prepares compliance with a law ahead of its application. */
  | 'PREPARES_FOR'
  /** A law regulates a technology or field. */
  | 'REGULATES'
  /** An actor signed an agreement. */
  | 'SIGNED'
  /** An agreement was signed at an event. */
  | 'SIGNED_AT'
  /** An organisation supervises a law's rules or a field. */
  | 'SUPERVISES'
  /** An actor supports or commits to an initiative, law or agreement. */
  | 'SUPPORTS';

/** Which candidate's judgement to undo. */
export type ReopenCandidateInput = {
  /** The judged candidate to open again (or the OPEN one whose UNSURE mark to lift). */
  id: Scalars['ID']['input'];
};

/** What reopenCandidate did: the candidate, open again, and what undoing its judgement took back. */
export type ReopenCandidatePayload = {
  __typename?: 'ReopenCandidatePayload';
  /** The candidate, OPEN again. */
  candidate: EntityCandidate;
  /** The alias an undone link took back from its entity; null when the link added none. */
  removedAlias: Maybe<Scalars['String']['output']>;
  /** The id of the entity an undone accept removed; null for other judgements. */
  removedEntityId: Maybe<Scalars['ID']['output']>;
  /** True when what was undone was an UNSURE mark (markCandidateUnsure). */
  unflagged: Scalars['Boolean']['output'];
};

/** The fact to retract and why. */
export type RetractFactInput = {
  /** The fact's id (`from.TYPE.to`). */
  id: Scalars['ID']['input'];
  /** Why it is retracted: 1 to 1,000 characters, kept with the fact. */
  reason: Scalars['String']['input'];
};

/** What retractFact did: the retraction, and whether it was new. */
export type RetractFactPayload = {
  __typename?: 'RetractFactPayload';
  /** False when the fact was already retracted: nothing was written or recorded. */
  changed: Scalars['Boolean']['output'];
  /** The retraction as stored (the first one, if the fact was retracted before). */
  retractedFact: RetractedFact;
};

/** A retracted fact: hidden from every read, kept in the graph with who retracted it and why. */
export type RetractedFact = {
  __typename?: 'RetractedFact';
  /** The fact's id. */
  id: Scalars['ID']['output'];
  /** Why it was retracted (the first retraction's reason). */
  reason: Scalars['String']['output'];
  /** When, as an ISO-8601 timestamp. */
  retractedAt: Scalars['String']['output'];
  /** The editor (token name) who retracted it. */
  retractedBy: Scalars['String']['output'];
};

/** A page of search results (a Relay connection): its edges, where it stands in the list, and the count. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** This page's search results, in list order, each with its cursor. */
  edges: Array<SearchEdge>;
  /** Where this page stands: whether items precede or follow it, and the cursors at its ends. */
  pageInfo: PageInfo;
  /** Matches found (counted up to 1000). */
  totalCount: Scalars['Int']['output'];
};

/** One of the search results in a page, with its cursor. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque place of this item in its list: pass it as `after` to read on from here, or as `before` to read back. */
  cursor: Scalars['String']['output'];
  /** The entity that matches, best first. */
  node: Entity;
  /** Relevance (higher is better); only comparable within one search. */
  score: Scalars['Float']['output'];
};

/** What one source says of a fact's status, dated by the source's publication. */
export type StatusStep = {
  __typename?: 'StatusStep';
  /** The source's publication date (ISO-8601 at its precision); null when unknown. */
  date: Maybe<Scalars['String']['output']>;
  /** The source document. */
  document: Document;
  /** The source's words. */
  quote: Scalars['String']['output'];
  /** The strongest status this source states. */
  status: FactStatus;
};

/** A subgraph ready to draw: entities and the facts between them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Read-only Cypher that returns the same subgraph in Neo4j Browser. */
  cypher: Scalars['String']['output'];
  /** The facts between those entities. */
  edges: Array<SubgraphEdge>;
  /** The entities of the neighbourhood, the one asked about included. */
  nodes: Array<Entity>;
  /** True when the node limit cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

/** A fact in a subgraph, as stored: `(source)-[:type]->(target)`. */
export type SubgraphEdge = {
  __typename?: 'SubgraphEdge';
  /** The fact's id, the same as `relation.id`. */
  id: Scalars['ID']['output'];
  /** The fact with its date, status and evidence, read from `source`. */
  relation: Relation;
  /** The id of the entity the stored relationship starts at. */
  source: Scalars['ID']['output'];
  /** The id of the entity the stored relationship ends at. */
  target: Scalars['ID']['output'];
  /** The relation type. */
  type: RelationType;
};

/** Live updates, over graphql-ws on /graphql. */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Each accepted write that touches a watched entity, as it commits, through whichever replica it
   * was made (within about a second: every server reads the log in Neo4j). `entityIds` is the
   * watchlist (at most 100; none: every change), `depth` (default 0, at most 2) widens it to the
   * entities that many facts away, as the graph stands when each change arrives. `after` resumes
   * from the cursor of the last change received: the changes committed since are sent first, in
   * order, none left out. Over graphql-ws on /graphql, with the same tokens as `changes`
   * (`Authorization` in the connection's init payload or the upgrade request's header).
   */
  changes: ChangeFeedEdge;
};


/** Live updates, over graphql-ws on /graphql. */
export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An entity of type TECHNOLOGY. A technology: AI, 5G, semiconductors, quantum technology. */
export type Technology = Entity & Node & {
  __typename?: 'Technology';
  /** Every other surface form the sources use for it, garbled machine translations included. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description from the sources or an editor; null when none was given. */
  description: Maybe<Scalars['String']['output']>;
  /**
   * The aliases that name it only inside one document (a subset of `aliases`): a description such as
   * "the council" or a generic phrase. Name resolution links them only in their own document.
   */
  documentAliases: Array<DocumentAlias>;
  /** Stable id (kebab-case slug); survives renames. */
  id: Scalars['ID']['output'];
  /** Where the sources name it: each surface form with its document and offsets. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Its facts, as relations to other entities. `types`, `direction` and `status` keep the facts of
   * those types, that way round, with that status (a fact's strongest: `[PLANNED, EXPECTED]` is what
   * no source yet reports as done); `from`/`to` (ISO dates at any precision) keep dated facts
   * overlapping that period ("2024" overlaps "2024-04"), so an undated fact is left out when either
   * is given. `first` defaults to 20 and may be at most 100 (above that: BAD_USER_INPUT); `after` is
   * a cursor from a previous page.
   */
  relations: RelationConnection;
  /** Its entity type (also its Neo4j label and its GraphQL object type). */
  type: EntityType;
  /**
   * True when the sources leave the identity unclear (e.g. a title without a name, a garbled
   * name that matches no one): kept as the source said it, not guessed.
   */
  unresolved: Scalars['Boolean']['output'];
};


/** An entity of type TECHNOLOGY. A technology: AI, 5G, semiconductors, quantum technology. */
export type TechnologyRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<FactStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A page of timeline entries (a Relay connection): its edges, where it stands in the list, and the count. */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /** This page's timeline entries, in list order, each with its cursor. */
  edges: Array<TimelineEdge>;
  /** Where this page stands: whether items precede or follow it, and the cursors at its ends. */
  pageInfo: PageInfo;
  /** How many timeline entries the list holds in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the timeline entries in a page, with its cursor. */
export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  /** Opaque place of this item in its list: pass it as `after` to read on from here, or as `before` to read back. */
  cursor: Scalars['String']['output'];
  /** The dated entry. */
  node: TimelineEntry;
};

/** One dated item of a timeline. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** ISO-8601 at its precision. */
  date: Scalars['String']['output'];
  /** End of a range (a two-day meeting), when the sources give one. */
  endDate: Maybe<Scalars['String']['output']>;
  /** The source passages that state the date. */
  evidence: Array<Evidence>;
  /** True when the year (or month) was inferred from context. */
  inferred: Scalars['Boolean']['output'];
  /** A dated fact, or the date of a dated entity. */
  kind: TimelineEntryKind;
  /** Whether `date` is a year, a month or a day. */
  precision: DatePrecision;
  /** The dated fact, read from `subject`; null for a DATED_ENTITY entry. */
  relation: Maybe<Relation>;
  /** How settled it is, as the sources state it. */
  status: FactStatus;
  /** What the entry is about: the fact's start entity, or the dated entity. */
  subject: Entity;
};

/** What a timeline entry dates: a fact, or an entity itself. */
export type TimelineEntryKind =
  /** The date of a dated entity itself, mostly an event. */
  | 'DATED_ENTITY'
  /** A dated fact (a relation with a date). */
  | 'FACT';

/** Which mention's judgement to undo: its document and offsets. */
export type UndoMentionJudgementInput = {
  /** The document the mention is (or was) in. */
  documentId: Scalars['ID']['input'];
  /** The mention's end offset (exclusive). */
  end: Scalars['Int']['input'];
  /** The mention's start offset in the document's text. */
  start: Scalars['Int']['input'];
};

/** What undoMentionJudgement did: the document, and what was linked again or is no longer confirmed. */
export type UndoMentionJudgementPayload = {
  __typename?: 'UndoMentionJudgementPayload';
  /** The document, with the judgement undone. */
  document: Document;
  /** The entities linked again (an undone rejectMention). */
  relinked: Array<Entity>;
  /** The entities whose link is no longer confirmed (an undone confirmMention). */
  unconfirmed: Array<Entity>;
  /** The entities whose link is no longer flagged UNSURE (an undone markMentionUnsure). */
  unflagged: Array<Entity>;
};

/** A merged-away id to bring back. */
export type UnmergeEntityInput = {
  /** The merged-away id to bring back. */
  id: Scalars['ID']['input'];
};

/** What unmergeEntity did: the restored entity, and whether it was restored now. */
export type UnmergeEntityPayload = {
  __typename?: 'UnmergeEntityPayload';
  /** False when the merge was already undone (a repeat): nothing was written or recorded. */
  changed: Scalars['Boolean']['output'];
  /** The restored entity. */
  entity: Entity;
};

/**
 * An editor's UNSURE judgement (markCandidateUnsure, markMentionUnsure): the candidate or link stays
 * as it is, flagged for another look; it changes no later reading.
 */
export type UnsureMark = {
  __typename?: 'UnsureMark';
  /** When (ISO-8601). */
  at: Scalars['String']['output'];
  /** The editor (token name) who was unsure. */
  editor: Scalars['String']['output'];
  /** Why, in the editor's words; null when none was given. */
  note: Maybe<Scalars['String']['output']>;
};

/** An entity as it should stand: created when the id is new, else renamed or described. */
export type UpsertEntityInput = {
  /** Aliases to add (existing ones are kept). */
  aliases?: InputMaybe<Array<AliasInput>>;
  /** A short description, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable id (kebab-case, at most 200 characters); a merged-away id cannot be reused. */
  id: Scalars['ID']['input'];
  /** Canonical name: 1 to 300 characters with a letter or digit. The old name stays as an alias. */
  name: Scalars['String']['input'];
  /** Its entity type; it cannot change once the entity exists. */
  type: EntityType;
};

/** What upsertEntity did: the entity as stored, and whether it was created or changed. */
export type UpsertEntityPayload = {
  __typename?: 'UpsertEntityPayload';
  /** False when the entity already held all of it (a repeat): nothing was written or recorded. */
  changed: Scalars['Boolean']['output'];
  /** True when this call created the entity (false when it existed). */
  created: Scalars['Boolean']['output'];
  /** The entity as stored. */
  entity: Entity;
};
