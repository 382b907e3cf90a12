/** All resolvers, assembled: one module per root field (Query/, Mutation/) and per type. */
import type { Resolvers } from '../__generated__/resolvers';
import { Answer, AnswerDate, Footnote } from './Answer';
import { CandidateConnection } from './CandidateConnection';
import { Change } from './Change';
import { ChangeConnection } from './ChangeConnection';
import { ChangeFeedConnection } from './ChangeFeedConnection';
import { ChangeFeedEdge } from './ChangeFeedEdge';
import { CommonNeighbor } from './CommonNeighbor';
import { Document } from './Document';
import { DocumentAlias } from './DocumentAlias';
import { DocumentConnection } from './DocumentConnection';
import { Entity, entityTypeResolvers } from './Entity';
import { AmbiguousMention, EntityCandidate, EntityMatch } from './EntityCandidate';
import { EntityConnection } from './EntityConnection';
import { EntityDate } from './EntityDate';
import { Evidence } from './Evidence';
import { EvidenceMatch } from './EvidenceMatch';
import { EvidenceSearchConnection } from './EvidenceSearchConnection';
import { IngestDocumentPayload } from './IngestDocumentPayload';
import { Mention } from './Mention';
import { Node } from './Node';
import { acceptCandidate } from './Mutation/acceptCandidate';
import { addAlias } from './Mutation/addAlias';
import { assertFact } from './Mutation/assertFact';
import { linkCandidate } from './Mutation/linkCandidate';
import { rejectCandidate } from './Mutation/rejectCandidate';
import { rejectMention } from './Mutation/rejectMention';
import { reopenCandidate } from './Mutation/reopenCandidate';
import { confirmMention } from './Mutation/confirmMention';
import { undoMentionJudgement } from './Mutation/undoMentionJudgement';
import { markCandidateUnsure } from './Mutation/markCandidateUnsure';
import { markMentionUnsure } from './Mutation/markMentionUnsure';
import { ingestDocument } from './Mutation/ingestDocument';
import { mergeEntities } from './Mutation/mergeEntities';
import { retractFact } from './Mutation/retractFact';
import { unmergeEntity } from './Mutation/unmergeEntity';
import { upsertEntity } from './Mutation/upsertEntity';
import { Path } from './Path';
import { Proposal, ProposalConnection, ProposalEnd } from './Proposal';
import { Conflict, ConflictConnection, ConflictEvidence, ConflictSide } from './Conflict';
import { conflicts } from './Query/conflicts';
import { proposals } from './Query/proposals';
import { acceptProposal } from './Mutation/acceptProposal';
import { rejectProposal } from './Mutation/rejectProposal';
import { ask } from './Query/ask';
import { candidates } from './Query/candidates';
import { changes } from './Query/changes';
import { commonConnections } from './Query/commonConnections';
import { document } from './Query/document';
import { documents } from './Query/documents';
import { entities } from './Query/entities';
import { entity } from './Query/entity';
import { history } from './Query/history';
import { neighborhood } from './Query/neighborhood';
import { node } from './Query/node';
import { nodes } from './Query/nodes';
import { paths } from './Query/paths';
import { search } from './Query/search';
import { searchEvidence } from './Query/searchEvidence';
import { timeline } from './Query/timeline';
import { Relation, StatusStep } from './Relation';
import { changes as changesSubscription } from './Subscription/changes';
import { RelationConnection } from './RelationConnection';
import { RetractedFact } from './RetractedFact';
import { SearchConnection } from './SearchConnection';
import { Subgraph } from './Subgraph';
import { SubgraphEdge } from './SubgraphEdge';
import { TimelineConnection } from './TimelineConnection';
import { TimelineEntry } from './TimelineEntry';

export const resolvers: Resolvers = {
  Query: {
    entity,
    search,
    searchEvidence,
    entities,
    paths,
    neighborhood,
    timeline,
    commonConnections,
    document,
    documents,
    history,
    changes,
    candidates,
    proposals,
    conflicts,
    node,
    nodes,
    ask,
  },
  Mutation: {
    ingestDocument,
    upsertEntity,
    addAlias,
    assertFact,
    retractFact,
    mergeEntities,
    unmergeEntity,
    acceptCandidate,
    linkCandidate,
    rejectCandidate,
    rejectMention,
    reopenCandidate,
    confirmMention,
    undoMentionJudgement,
    markCandidateUnsure,
    markMentionUnsure,
    acceptProposal,
    rejectProposal,
  },
  Subscription: {
    changes: changesSubscription,
  },
  Entity,
  ...entityTypeResolvers,
  Relation,
  StatusStep,
  RelationConnection,
  Evidence,
  EvidenceMatch,
  EvidenceSearchConnection,
  Mention,
  Node,
  DocumentAlias,
  EntityDate,
  Document,
  SearchConnection,
  EntityConnection,
  DocumentConnection,
  TimelineConnection,
  Path,
  Subgraph,
  SubgraphEdge,
  TimelineEntry,
  CommonNeighbor,
  IngestDocumentPayload,
  EntityCandidate,
  AmbiguousMention,
  EntityMatch,
  CandidateConnection,
  RetractedFact,
  Change,
  ChangeConnection,
  ChangeFeedConnection,
  ChangeFeedEdge,
  Proposal,
  ProposalEnd,
  ProposalConnection,
  Answer,
  AnswerDate,
  Footnote,
  Conflict,
  ConflictSide,
  ConflictEvidence,
  ConflictConnection,
};
