/* eslint-disable */
import type * as Types from '../../__generated__/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { EntityRecord as EntityRecordModel, EntityDateRecord as EntityDateRecordModel, MentionRecord as MentionRecordModel, DocumentAliasRecord as DocumentAliasRecordModel, RelationRecord as RelationRecordModel, RelationPage as RelationPageModel, EvidenceRecord as EvidenceRecordModel, DocumentRecord as DocumentRecordModel, SearchPage as SearchPageModel, EvidenceMatchRecord as EvidenceMatchRecordModel, EvidenceMatchPage as EvidenceMatchPageModel, EntityPage as EntityPageModel, DocumentPage as DocumentPageModel, PathRecord as PathRecordModel, SubgraphRecord as SubgraphRecordModel, TimelineEntryRecord as TimelineEntryRecordModel, TimelinePage as TimelinePageModel, CommonConnectionRecord as CommonConnectionRecordModel, RetractedFactRecord as RetractedFactRecordModel, ChangeRecord as ChangeRecordModel, ChangePage as ChangePageModel, ChangeFeedPage as ChangeFeedPageModel, IngestDocumentResult as IngestDocumentResultModel, CandidateRecord as CandidateRecordModel, NameMatchRecord as NameMatchRecordModel, CandidatePage as CandidatePageModel, ProposalRecord as ProposalRecordModel, ProposalEndView as ProposalEndViewModel, ProposalPage as ProposalPageModel, AcceptProposalResult as AcceptProposalResultModel, RejectProposalResult as RejectProposalResultModel, ConflictPage as ConflictPageModel } from '../../store/records';
import { StatusStep as StatusStepModel } from '../../domain/factSources';
import { AnswerRecord as AnswerRecordModel, AnswerDateRecord as AnswerDateRecordModel, FootnoteRecord as FootnoteRecordModel } from '../../services/askQuestion';
import { Conflict as ConflictModel, ConflictSide as ConflictSideModel, Statement as StatementModel } from '../../domain/conflicts';
import { RequestContext } from '../context';
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };


export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
  ;
  Node:
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( ChangeRecordModel )
    | ( EntityRecordModel )
    | ( DocumentRecordModel )
    | ( CandidateRecordModel )
    | ( EntityRecordModel )
    | ( EvidenceRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( EntityRecordModel )
    | ( ProposalRecordModel )
    | ( RelationRecordModel )
    | ( EntityRecordModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptCandidateInput: Types.AcceptCandidateInput;
  AcceptCandidatePayload: ResolverTypeWrapper<Omit<Types.AcceptCandidatePayload, 'candidate' | 'entity'> & { candidate: ResolversTypes['EntityCandidate'], entity: ResolversTypes['Entity'] }>;
  AcceptProposalInput: Types.AcceptProposalInput;
  AcceptProposalPayload: ResolverTypeWrapper<AcceptProposalResultModel>;
  AddAliasInput: Types.AddAliasInput;
  AddAliasPayload: ResolverTypeWrapper<Omit<Types.AddAliasPayload, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Agreement: ResolverTypeWrapper<EntityRecordModel>;
  AliasInput: Types.AliasInput;
  AliasScope: Types.AliasScope;
  AmbiguousMention: ResolverTypeWrapper<CandidateRecordModel>;
  Answer: ResolverTypeWrapper<AnswerRecordModel>;
  AnswerDate: ResolverTypeWrapper<AnswerDateRecordModel>;
  AssertFactInput: Types.AssertFactInput;
  AssertFactPayload: ResolverTypeWrapper<Omit<Types.AssertFactPayload, 'relation'> & { relation: ResolversTypes['Relation'] }>;
  Bloc: ResolverTypeWrapper<EntityRecordModel>;
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  CandidateConnection: ResolverTypeWrapper<CandidatePageModel>;
  CandidateEdge: ResolverTypeWrapper<Omit<Types.CandidateEdge, 'node'> & { node: ResolversTypes['EntityCandidate'] }>;
  CandidateEntityInput: Types.CandidateEntityInput;
  CandidateJudgement: ResolverTypeWrapper<Omit<Types.CandidateJudgement, 'entity'> & { entity?: Types.Maybe<ResolversTypes['Entity']> }>;
  CandidateKind: Types.CandidateKind;
  CandidateState: Types.CandidateState;
  Change: ResolverTypeWrapper<ChangeRecordModel>;
  ChangeConnection: ResolverTypeWrapper<ChangePageModel>;
  ChangeEdge: ResolverTypeWrapper<Omit<Types.ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeFeedConnection: ResolverTypeWrapper<ChangeFeedPageModel>;
  ChangeFeedEdge: ResolverTypeWrapper<ChangeRecordModel>;
  CommonNeighbor: ResolverTypeWrapper<CommonConnectionRecordModel>;
  ConfirmMentionInput: Types.ConfirmMentionInput;
  ConfirmMentionPayload: ResolverTypeWrapper<Omit<Types.ConfirmMentionPayload, 'confirmed' | 'document'> & { confirmed: Array<ResolversTypes['Entity']>, document: ResolversTypes['Document'] }>;
  Conflict: ResolverTypeWrapper<ConflictModel>;
  ConflictConnection: ResolverTypeWrapper<ConflictPageModel>;
  ConflictEdge: ResolverTypeWrapper<Omit<Types.ConflictEdge, 'node'> & { node: ResolversTypes['Conflict'] }>;
  ConflictEvidence: ResolverTypeWrapper<StatementModel>;
  ConflictKind: Types.ConflictKind;
  ConflictRole: Types.ConflictRole;
  ConflictSide: ResolverTypeWrapper<ConflictSideModel>;
  Country: ResolverTypeWrapper<EntityRecordModel>;
  DatePrecision: Types.DatePrecision;
  Direction: Types.Direction;
  Document: ResolverTypeWrapper<DocumentRecordModel>;
  DocumentAlias: ResolverTypeWrapper<DocumentAliasRecordModel>;
  DocumentConnection: ResolverTypeWrapper<DocumentPageModel>;
  DocumentEdge: ResolverTypeWrapper<Omit<Types.DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  Entity: ResolverTypeWrapper<EntityRecordModel>;
  EntityCandidate: ResolverTypeWrapper<CandidateRecordModel>;
  EntityConnection: ResolverTypeWrapper<EntityPageModel>;
  EntityDate: ResolverTypeWrapper<EntityDateRecordModel>;
  EntityEdge: ResolverTypeWrapper<Omit<Types.EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityMatch: ResolverTypeWrapper<NameMatchRecordModel>;
  EntityOrder: Types.EntityOrder;
  EntityType: Types.EntityType;
  Event: ResolverTypeWrapper<EntityRecordModel>;
  Evidence: ResolverTypeWrapper<EvidenceRecordModel>;
  EvidenceInput: Types.EvidenceInput;
  EvidenceMatch: ResolverTypeWrapper<EvidenceMatchRecordModel>;
  EvidenceSearchConnection: ResolverTypeWrapper<EvidenceMatchPageModel>;
  EvidenceSearchEdge: ResolverTypeWrapper<Omit<Types.EvidenceSearchEdge, 'node'> & { node: ResolversTypes['EvidenceMatch'] }>;
  FactStatus: Types.FactStatus;
  Float: ResolverTypeWrapper<Types.Scalars['Float']['output']>;
  Footnote: ResolverTypeWrapper<FootnoteRecordModel>;
  Group: ResolverTypeWrapper<EntityRecordModel>;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  IngestDocumentInput: Types.IngestDocumentInput;
  IngestDocumentPayload: ResolverTypeWrapper<IngestDocumentResultModel>;
  Initiative: ResolverTypeWrapper<EntityRecordModel>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  Law: ResolverTypeWrapper<EntityRecordModel>;
  LinkCandidateInput: Types.LinkCandidateInput;
  LinkCandidatePayload: ResolverTypeWrapper<Omit<Types.LinkCandidatePayload, 'candidate' | 'entity'> & { candidate: ResolversTypes['EntityCandidate'], entity: ResolversTypes['Entity'] }>;
  MarkCandidateUnsureInput: Types.MarkCandidateUnsureInput;
  MarkCandidateUnsurePayload: ResolverTypeWrapper<Omit<Types.MarkCandidateUnsurePayload, 'candidate'> & { candidate: ResolversTypes['EntityCandidate'] }>;
  MarkMentionUnsureInput: Types.MarkMentionUnsureInput;
  MarkMentionUnsurePayload: ResolverTypeWrapper<Omit<Types.MarkMentionUnsurePayload, 'document' | 'flagged'> & { document: ResolversTypes['Document'], flagged: Array<ResolversTypes['Entity']> }>;
  MatchFeature: ResolverTypeWrapper<Types.MatchFeature>;
  Mention: ResolverTypeWrapper<MentionRecordModel>;
  MergeEntitiesInput: Types.MergeEntitiesInput;
  MergeEntitiesPayload: ResolverTypeWrapper<Omit<Types.MergeEntitiesPayload, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<EntityRecordModel>;
  PageInfo: ResolverTypeWrapper<Types.PageInfo>;
  Path: ResolverTypeWrapper<PathRecordModel>;
  Person: ResolverTypeWrapper<EntityRecordModel>;
  Place: ResolverTypeWrapper<EntityRecordModel>;
  PolicyArea: ResolverTypeWrapper<EntityRecordModel>;
  Proposal: ResolverTypeWrapper<ProposalRecordModel>;
  ProposalConnection: ResolverTypeWrapper<ProposalPageModel>;
  ProposalEdge: ResolverTypeWrapper<Omit<Types.ProposalEdge, 'node'> & { node: ResolversTypes['Proposal'] }>;
  ProposalEnd: ResolverTypeWrapper<ProposalEndViewModel>;
  ProposalEvidence: ResolverTypeWrapper<ProposalRecordModel>;
  ProposalJudgement: ResolverTypeWrapper<Omit<Types.ProposalJudgement, 'relation'> & { relation?: Types.Maybe<ResolversTypes['Relation']> }>;
  ProposalState: Types.ProposalState;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuestionKind: Types.QuestionKind;
  RejectCandidateInput: Types.RejectCandidateInput;
  RejectCandidatePayload: ResolverTypeWrapper<Omit<Types.RejectCandidatePayload, 'candidate'> & { candidate: ResolversTypes['EntityCandidate'] }>;
  RejectMentionInput: Types.RejectMentionInput;
  RejectMentionPayload: ResolverTypeWrapper<Omit<Types.RejectMentionPayload, 'document' | 'unlinked'> & { document: ResolversTypes['Document'], unlinked: Array<ResolversTypes['Entity']> }>;
  RejectProposalInput: Types.RejectProposalInput;
  RejectProposalPayload: ResolverTypeWrapper<RejectProposalResultModel>;
  Relation: ResolverTypeWrapper<RelationRecordModel>;
  RelationConnection: ResolverTypeWrapper<RelationPageModel>;
  RelationEdge: ResolverTypeWrapper<Omit<Types.RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationType: Types.RelationType;
  ReopenCandidateInput: Types.ReopenCandidateInput;
  ReopenCandidatePayload: ResolverTypeWrapper<Omit<Types.ReopenCandidatePayload, 'candidate'> & { candidate: ResolversTypes['EntityCandidate'] }>;
  RetractFactInput: Types.RetractFactInput;
  RetractFactPayload: ResolverTypeWrapper<Omit<Types.RetractFactPayload, 'retractedFact'> & { retractedFact: ResolversTypes['RetractedFact'] }>;
  RetractedFact: ResolverTypeWrapper<RetractedFactRecordModel>;
  SearchConnection: ResolverTypeWrapper<SearchPageModel>;
  SearchEdge: ResolverTypeWrapper<Omit<Types.SearchEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  StatusStep: ResolverTypeWrapper<StatusStepModel>;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecordModel>;
  SubgraphEdge: ResolverTypeWrapper<RelationRecordModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Technology: ResolverTypeWrapper<EntityRecordModel>;
  TimelineConnection: ResolverTypeWrapper<TimelinePageModel>;
  TimelineEdge: ResolverTypeWrapper<Omit<Types.TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryRecordModel>;
  TimelineEntryKind: Types.TimelineEntryKind;
  UndoMentionJudgementInput: Types.UndoMentionJudgementInput;
  UndoMentionJudgementPayload: ResolverTypeWrapper<Omit<Types.UndoMentionJudgementPayload, 'document' | 'relinked' | 'unconfirmed' | 'unflagged'> & { document: ResolversTypes['Document'], relinked: Array<ResolversTypes['Entity']>, unconfirmed: Array<ResolversTypes['Entity']>, unflagged: Array<ResolversTypes['Entity']> }>;
  UnmergeEntityInput: Types.UnmergeEntityInput;
  UnmergeEntityPayload: ResolverTypeWrapper<Omit<Types.UnmergeEntityPayload, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  UnsureMark: ResolverTypeWrapper<Types.UnsureMark>;
  UpsertEntityInput: Types.UpsertEntityInput;
  UpsertEntityPayload: ResolverTypeWrapper<Omit<Types.UpsertEntityPayload, 'entity'> & { entity: ResolversTypes['Entity'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptCandidateInput: Types.AcceptCandidateInput;
  AcceptCandidatePayload: Omit<Types.AcceptCandidatePayload, 'candidate' | 'entity'> & { candidate: ResolversParentTypes['EntityCandidate'], entity: ResolversParentTypes['Entity'] };
  AcceptProposalInput: Types.AcceptProposalInput;
  AcceptProposalPayload: AcceptProposalResultModel;
  AddAliasInput: Types.AddAliasInput;
  AddAliasPayload: Omit<Types.AddAliasPayload, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Agreement: EntityRecordModel;
  AliasInput: Types.AliasInput;
  AmbiguousMention: CandidateRecordModel;
  Answer: AnswerRecordModel;
  AnswerDate: AnswerDateRecordModel;
  AssertFactInput: Types.AssertFactInput;
  AssertFactPayload: Omit<Types.AssertFactPayload, 'relation'> & { relation: ResolversParentTypes['Relation'] };
  Bloc: EntityRecordModel;
  Boolean: Types.Scalars['Boolean']['output'];
  CandidateConnection: CandidatePageModel;
  CandidateEdge: Omit<Types.CandidateEdge, 'node'> & { node: ResolversParentTypes['EntityCandidate'] };
  CandidateEntityInput: Types.CandidateEntityInput;
  CandidateJudgement: Omit<Types.CandidateJudgement, 'entity'> & { entity?: Types.Maybe<ResolversParentTypes['Entity']> };
  Change: ChangeRecordModel;
  ChangeConnection: ChangePageModel;
  ChangeEdge: Omit<Types.ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeFeedConnection: ChangeFeedPageModel;
  ChangeFeedEdge: ChangeRecordModel;
  CommonNeighbor: CommonConnectionRecordModel;
  ConfirmMentionInput: Types.ConfirmMentionInput;
  ConfirmMentionPayload: Omit<Types.ConfirmMentionPayload, 'confirmed' | 'document'> & { confirmed: Array<ResolversParentTypes['Entity']>, document: ResolversParentTypes['Document'] };
  Conflict: ConflictModel;
  ConflictConnection: ConflictPageModel;
  ConflictEdge: Omit<Types.ConflictEdge, 'node'> & { node: ResolversParentTypes['Conflict'] };
  ConflictEvidence: StatementModel;
  ConflictSide: ConflictSideModel;
  Country: EntityRecordModel;
  Document: DocumentRecordModel;
  DocumentAlias: DocumentAliasRecordModel;
  DocumentConnection: DocumentPageModel;
  DocumentEdge: Omit<Types.DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  Entity: EntityRecordModel;
  EntityCandidate: CandidateRecordModel;
  EntityConnection: EntityPageModel;
  EntityDate: EntityDateRecordModel;
  EntityEdge: Omit<Types.EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityMatch: NameMatchRecordModel;
  Event: EntityRecordModel;
  Evidence: EvidenceRecordModel;
  EvidenceInput: Types.EvidenceInput;
  EvidenceMatch: EvidenceMatchRecordModel;
  EvidenceSearchConnection: EvidenceMatchPageModel;
  EvidenceSearchEdge: Omit<Types.EvidenceSearchEdge, 'node'> & { node: ResolversParentTypes['EvidenceMatch'] };
  Float: Types.Scalars['Float']['output'];
  Footnote: FootnoteRecordModel;
  Group: EntityRecordModel;
  ID: Types.Scalars['ID']['output'];
  IngestDocumentInput: Types.IngestDocumentInput;
  IngestDocumentPayload: IngestDocumentResultModel;
  Initiative: EntityRecordModel;
  Int: Types.Scalars['Int']['output'];
  Law: EntityRecordModel;
  LinkCandidateInput: Types.LinkCandidateInput;
  LinkCandidatePayload: Omit<Types.LinkCandidatePayload, 'candidate' | 'entity'> & { candidate: ResolversParentTypes['EntityCandidate'], entity: ResolversParentTypes['Entity'] };
  MarkCandidateUnsureInput: Types.MarkCandidateUnsureInput;
  MarkCandidateUnsurePayload: Omit<Types.MarkCandidateUnsurePayload, 'candidate'> & { candidate: ResolversParentTypes['EntityCandidate'] };
  MarkMentionUnsureInput: Types.MarkMentionUnsureInput;
  MarkMentionUnsurePayload: Omit<Types.MarkMentionUnsurePayload, 'document' | 'flagged'> & { document: ResolversParentTypes['Document'], flagged: Array<ResolversParentTypes['Entity']> };
  MatchFeature: Types.MatchFeature;
  Mention: MentionRecordModel;
  MergeEntitiesInput: Types.MergeEntitiesInput;
  MergeEntitiesPayload: Omit<Types.MergeEntitiesPayload, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: EntityRecordModel;
  PageInfo: Types.PageInfo;
  Path: PathRecordModel;
  Person: EntityRecordModel;
  Place: EntityRecordModel;
  PolicyArea: EntityRecordModel;
  Proposal: ProposalRecordModel;
  ProposalConnection: ProposalPageModel;
  ProposalEdge: Omit<Types.ProposalEdge, 'node'> & { node: ResolversParentTypes['Proposal'] };
  ProposalEnd: ProposalEndViewModel;
  ProposalEvidence: ProposalRecordModel;
  ProposalJudgement: Omit<Types.ProposalJudgement, 'relation'> & { relation?: Types.Maybe<ResolversParentTypes['Relation']> };
  Query: Record<PropertyKey, never>;
  RejectCandidateInput: Types.RejectCandidateInput;
  RejectCandidatePayload: Omit<Types.RejectCandidatePayload, 'candidate'> & { candidate: ResolversParentTypes['EntityCandidate'] };
  RejectMentionInput: Types.RejectMentionInput;
  RejectMentionPayload: Omit<Types.RejectMentionPayload, 'document' | 'unlinked'> & { document: ResolversParentTypes['Document'], unlinked: Array<ResolversParentTypes['Entity']> };
  RejectProposalInput: Types.RejectProposalInput;
  RejectProposalPayload: RejectProposalResultModel;
  Relation: RelationRecordModel;
  RelationConnection: RelationPageModel;
  RelationEdge: Omit<Types.RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  ReopenCandidateInput: Types.ReopenCandidateInput;
  ReopenCandidatePayload: Omit<Types.ReopenCandidatePayload, 'candidate'> & { candidate: ResolversParentTypes['EntityCandidate'] };
  RetractFactInput: Types.RetractFactInput;
  RetractFactPayload: Omit<Types.RetractFactPayload, 'retractedFact'> & { retractedFact: ResolversParentTypes['RetractedFact'] };
  RetractedFact: RetractedFactRecordModel;
  SearchConnection: SearchPageModel;
  SearchEdge: Omit<Types.SearchEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  StatusStep: StatusStepModel;
  String: Types.Scalars['String']['output'];
  Subgraph: SubgraphRecordModel;
  SubgraphEdge: RelationRecordModel;
  Subscription: Record<PropertyKey, never>;
  Technology: EntityRecordModel;
  TimelineConnection: TimelinePageModel;
  TimelineEdge: Omit<Types.TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] };
  TimelineEntry: TimelineEntryRecordModel;
  UndoMentionJudgementInput: Types.UndoMentionJudgementInput;
  UndoMentionJudgementPayload: Omit<Types.UndoMentionJudgementPayload, 'document' | 'relinked' | 'unconfirmed' | 'unflagged'> & { document: ResolversParentTypes['Document'], relinked: Array<ResolversParentTypes['Entity']>, unconfirmed: Array<ResolversParentTypes['Entity']>, unflagged: Array<ResolversParentTypes['Entity']> };
  UnmergeEntityInput: Types.UnmergeEntityInput;
  UnmergeEntityPayload: Omit<Types.UnmergeEntityPayload, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  UnsureMark: Types.UnsureMark;
  UpsertEntityInput: Types.UpsertEntityInput;
  UpsertEntityPayload: Omit<Types.UpsertEntityPayload, 'entity'> & { entity: ResolversParentTypes['Entity'] };
};

export type ConnectsDirectiveArgs = {
  from: Array<Types.EntityType>;
  to: Array<Types.EntityType>;
};

export type ConnectsDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ConnectsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcceptCandidatePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AcceptCandidatePayload'] = ResolversParentTypes['AcceptCandidatePayload']> = {
  candidate?: Resolver<ResolversTypes['EntityCandidate'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type AcceptProposalPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AcceptProposalPayload'] = ResolversParentTypes['AcceptProposalPayload']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  corroborated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type AddAliasPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AddAliasPayload'] = ResolversParentTypes['AddAliasPayload']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type AgreementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.AgreementRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmbiguousMentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AmbiguousMention'] = ResolversParentTypes['AmbiguousMention']> = {
  candidates?: Resolver<Array<ResolversTypes['EntityMatch']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CandidateState'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unsure?: Resolver<Types.Maybe<ResolversTypes['UnsureMark']>, ParentType, ContextType>;
};

export type AnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer']> = {
  count?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dates?: Resolver<Array<ResolversTypes['AnswerDate']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Footnote']>, ParentType, ContextType>;
  graphql?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interpretation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Types.Maybe<ResolversTypes['QuestionKind']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  suggestion?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  understood?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AnswerDateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnswerDate'] = ResolversParentTypes['AnswerDate']> = {
  date?: Resolver<ResolversTypes['EntityDate'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type AssertFactPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AssertFactPayload'] = ResolversParentTypes['AssertFactPayload']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type BlocResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Bloc'] = ResolversParentTypes['Bloc']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.BlocRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CandidateConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CandidateConnection'] = ResolversParentTypes['CandidateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CandidateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CandidateEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CandidateEdge'] = ResolversParentTypes['CandidateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EntityCandidate'], ParentType, ContextType>;
};

export type CandidateJudgementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CandidateJudgement'] = ResolversParentTypes['CandidateJudgement']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Types.Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CandidateState'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  editor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  undone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChangeFeedConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeFeedConnection'] = ResolversParentTypes['ChangeFeedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeFeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeFeedEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeFeedEdge'] = ResolversParentTypes['ChangeFeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type CommonNeighborResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CommonNeighbor'] = ResolversParentTypes['CommonNeighbor']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  viaA?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  viaB?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type ConfirmMentionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConfirmMentionPayload'] = ResolversParentTypes['ConfirmMentionPayload']> = {
  confirmed?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type ConflictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = {
  about?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConflictKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationType?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  sides?: Resolver<Array<ResolversTypes['ConflictSide']>, ParentType, ContextType>;
};

export type ConflictConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConflictConnection'] = ResolversParentTypes['ConflictConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConflictEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConflictEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConflictEdge'] = ResolversParentTypes['ConflictEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conflict'], ParentType, ContextType>;
};

export type ConflictEvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConflictEvidence'] = ResolversParentTypes['ConflictEvidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposal?: Resolver<Types.Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<Types.Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
};

export type ConflictSideResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConflictSide'] = ResolversParentTypes['ConflictSide']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['ConflictEvidence']>, ParentType, ContextType>;
  machineTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ConflictRole'], ParentType, ContextType>;
  says?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.CountryRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  author?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['EntityCandidate']>, ParentType, ContextType, Partial<Types.DocumentCandidatesArgs>>;
  facts?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.DocumentFactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  publishedAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAtInferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publisher?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentAliasResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentAlias'] = ResolversParentTypes['DocumentAlias']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Bloc' | 'Country' | 'Event' | 'Group' | 'Initiative' | 'Law' | 'Organization' | 'Person' | 'Place' | 'PolicyArea' | 'Technology', ParentType, ContextType>;
};

export type EntityCandidateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityCandidate'] = ResolversParentTypes['EntityCandidate']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  judgement?: Resolver<Types.Maybe<ResolversTypes['CandidateJudgement']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CandidateKind'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['EntityMatch']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentenceEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentenceStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CandidateState'], ParentType, ContextType>;
  surface?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unsure?: Resolver<Types.Maybe<ResolversTypes['UnsureMark']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityDateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityDate'] = ResolversParentTypes['EntityDate']> = {
  endValue?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityMatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityMatch'] = ResolversParentTypes['EntityMatch']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes['MatchFeature']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Types.Maybe<ResolversTypes['EntityDate']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.EventRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  datedEntity?: Resolver<Types.Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fact?: Resolver<Types.Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceMatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceMatch'] = ResolversParentTypes['EvidenceMatch']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceSearchConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceSearchConnection'] = ResolversParentTypes['EvidenceSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvidenceSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceSearchEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceSearchEdge'] = ResolversParentTypes['EvidenceSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EvidenceMatch'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FootnoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Footnote'] = ResolversParentTypes['Footnote']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  fact?: Resolver<Types.Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  mark?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.GroupRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IngestDocumentPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IngestDocumentPayload'] = ResolversParentTypes['IngestDocumentPayload']> = {
  ambiguous?: Resolver<Array<ResolversTypes['AmbiguousMention']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['EntityCandidate']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
};

export type InitiativeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.InitiativeRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LawResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Law'] = ResolversParentTypes['Law']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.LawRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LinkCandidatePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LinkCandidatePayload'] = ResolversParentTypes['LinkCandidatePayload']> = {
  candidate?: Resolver<ResolversTypes['EntityCandidate'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type MarkCandidateUnsurePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MarkCandidateUnsurePayload'] = ResolversParentTypes['MarkCandidateUnsurePayload']> = {
  candidate?: Resolver<ResolversTypes['EntityCandidate'], ParentType, ContextType>;
};

export type MarkMentionUnsurePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MarkMentionUnsurePayload'] = ResolversParentTypes['MarkMentionUnsurePayload']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  flagged?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type MatchFeatureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MatchFeature'] = ResolversParentTypes['MatchFeature']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  confirmedAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confirmedBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unsure?: Resolver<Types.Maybe<ResolversTypes['UnsureMark']>, ParentType, ContextType>;
};

export type MergeEntitiesPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MergeEntitiesPayload'] = ResolversParentTypes['MergeEntitiesPayload']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  mergedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCandidate?: Resolver<ResolversTypes['AcceptCandidatePayload'], ParentType, ContextType, RequireFields<Types.MutationAcceptCandidateArgs, 'input'>>;
  acceptProposal?: Resolver<ResolversTypes['AcceptProposalPayload'], ParentType, ContextType, RequireFields<Types.MutationAcceptProposalArgs, 'input'>>;
  addAlias?: Resolver<ResolversTypes['AddAliasPayload'], ParentType, ContextType, RequireFields<Types.MutationAddAliasArgs, 'input'>>;
  assertFact?: Resolver<ResolversTypes['AssertFactPayload'], ParentType, ContextType, RequireFields<Types.MutationAssertFactArgs, 'input'>>;
  confirmMention?: Resolver<ResolversTypes['ConfirmMentionPayload'], ParentType, ContextType, RequireFields<Types.MutationConfirmMentionArgs, 'input'>>;
  ingestDocument?: Resolver<ResolversTypes['IngestDocumentPayload'], ParentType, ContextType, RequireFields<Types.MutationIngestDocumentArgs, 'input'>>;
  linkCandidate?: Resolver<ResolversTypes['LinkCandidatePayload'], ParentType, ContextType, RequireFields<Types.MutationLinkCandidateArgs, 'input'>>;
  markCandidateUnsure?: Resolver<ResolversTypes['MarkCandidateUnsurePayload'], ParentType, ContextType, RequireFields<Types.MutationMarkCandidateUnsureArgs, 'input'>>;
  markMentionUnsure?: Resolver<ResolversTypes['MarkMentionUnsurePayload'], ParentType, ContextType, RequireFields<Types.MutationMarkMentionUnsureArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeEntitiesPayload'], ParentType, ContextType, RequireFields<Types.MutationMergeEntitiesArgs, 'input'>>;
  rejectCandidate?: Resolver<ResolversTypes['RejectCandidatePayload'], ParentType, ContextType, RequireFields<Types.MutationRejectCandidateArgs, 'input'>>;
  rejectMention?: Resolver<ResolversTypes['RejectMentionPayload'], ParentType, ContextType, RequireFields<Types.MutationRejectMentionArgs, 'input'>>;
  rejectProposal?: Resolver<ResolversTypes['RejectProposalPayload'], ParentType, ContextType, RequireFields<Types.MutationRejectProposalArgs, 'input'>>;
  reopenCandidate?: Resolver<ResolversTypes['ReopenCandidatePayload'], ParentType, ContextType, RequireFields<Types.MutationReopenCandidateArgs, 'input'>>;
  retractFact?: Resolver<ResolversTypes['RetractFactPayload'], ParentType, ContextType, RequireFields<Types.MutationRetractFactArgs, 'input'>>;
  undoMentionJudgement?: Resolver<ResolversTypes['UndoMentionJudgementPayload'], ParentType, ContextType, RequireFields<Types.MutationUndoMentionJudgementArgs, 'input'>>;
  unmergeEntity?: Resolver<ResolversTypes['UnmergeEntityPayload'], ParentType, ContextType, RequireFields<Types.MutationUnmergeEntityArgs, 'input'>>;
  upsertEntity?: Resolver<ResolversTypes['UpsertEntityPayload'], ParentType, ContextType, RequireFields<Types.MutationUpsertEntityArgs, 'input'>>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Bloc' | 'Change' | 'Country' | 'Document' | 'EntityCandidate' | 'Event' | 'Evidence' | 'Group' | 'Initiative' | 'Law' | 'Organization' | 'Person' | 'Place' | 'PolicyArea' | 'Proposal' | 'Relation' | 'Technology', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.OrganizationRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  cypher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.PersonRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.PlaceRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PolicyAreaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyArea'] = ResolversParentTypes['PolicyArea']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.PolicyAreaRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  corroborates?: Resolver<Types.Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cueText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateInferred?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  datePrecision?: Resolver<Types.Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  dateText?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['ProposalEvidence'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ProposalEnd'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  judgement?: Resolver<Types.Maybe<ResolversTypes['ProposalJudgement']>, ParentType, ContextType>;
  role?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProposalState'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusCue?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ProposalEnd'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalConnection'] = ResolversParentTypes['ProposalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProposalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalEdge'] = ResolversParentTypes['ProposalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type ProposalEndResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalEnd'] = ResolversParentTypes['ProposalEnd']> = {
  candidate?: Resolver<Types.Maybe<ResolversTypes['EntityCandidate']>, ParentType, ContextType>;
  entity?: Resolver<Types.Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type ProposalEvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalEvidence'] = ResolversParentTypes['ProposalEvidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentenceEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentenceStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalJudgementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalJudgement'] = ResolversParentTypes['ProposalJudgement']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<Types.Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProposalState'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  ask?: Resolver<ResolversTypes['Answer'], ParentType, ContextType, RequireFields<Types.QueryAskArgs, 'question'>>;
  candidates?: Resolver<ResolversTypes['CandidateConnection'], ParentType, ContextType, RequireFields<Types.QueryCandidatesArgs, 'state'>>;
  changes?: Resolver<ResolversTypes['ChangeFeedConnection'], ParentType, ContextType, Partial<Types.QueryChangesArgs>>;
  commonConnections?: Resolver<Array<ResolversTypes['CommonNeighbor']>, ParentType, ContextType, RequireFields<Types.QueryCommonConnectionsArgs, 'a' | 'b'>>;
  conflicts?: Resolver<ResolversTypes['ConflictConnection'], ParentType, ContextType, Partial<Types.QueryConflictsArgs>>;
  document?: Resolver<Types.Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<Types.QueryDocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, Partial<Types.QueryDocumentsArgs>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<Types.QueryEntitiesArgs, 'orderBy'>>;
  entity?: Resolver<Types.Maybe<ResolversTypes['Entity']>, ParentType, ContextType, Partial<Types.QueryEntityArgs>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<Types.QueryHistoryArgs, 'entityId'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<Types.QueryNeighborhoodArgs, 'id'>>;
  node?: Resolver<Types.Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<Types.QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Types.Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<Types.QueryNodesArgs, 'ids'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<Types.QueryPathsArgs, 'from' | 'to'>>;
  proposals?: Resolver<ResolversTypes['ProposalConnection'], ParentType, ContextType, RequireFields<Types.QueryProposalsArgs, 'state'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<Types.QuerySearchArgs, 'query'>>;
  searchEvidence?: Resolver<ResolversTypes['EvidenceSearchConnection'], ParentType, ContextType, RequireFields<Types.QuerySearchEvidenceArgs, 'query'>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, Partial<Types.QueryTimelineArgs>>;
};

export type RejectCandidatePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RejectCandidatePayload'] = ResolversParentTypes['RejectCandidatePayload']> = {
  candidate?: Resolver<ResolversTypes['EntityCandidate'], ParentType, ContextType>;
};

export type RejectMentionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RejectMentionPayload'] = ResolversParentTypes['RejectMentionPayload']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  unlinked?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type RejectProposalPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RejectProposalPayload'] = ResolversParentTypes['RejectProposalPayload']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  date?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateInferred?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  datePrecision?: Resolver<Types.Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusStep']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type ReopenCandidatePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReopenCandidatePayload'] = ResolversParentTypes['ReopenCandidatePayload']> = {
  candidate?: Resolver<ResolversTypes['EntityCandidate'], ParentType, ContextType>;
  removedAlias?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedEntityId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  unflagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RetractFactPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RetractFactPayload'] = ResolversParentTypes['RetractFactPayload']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retractedFact?: Resolver<ResolversTypes['RetractedFact'], ParentType, ContextType>;
};

export type RetractedFactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RetractedFact'] = ResolversParentTypes['RetractedFact']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retractedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retractedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StatusStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusStep'] = ResolversParentTypes['StatusStep']> = {
  date?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  cypher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SubgraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubgraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubgraphEdge'] = ResolversParentTypes['SubgraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  changes?: SubscriptionResolver<ResolversTypes['ChangeFeedEdge'], "changes", ParentType, ContextType, Partial<Types.SubscriptionChangesArgs>>;
};

export type TechnologyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Technology'] = ResolversParentTypes['Technology']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentAliases?: Resolver<Array<ResolversTypes['DocumentAlias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<Types.TechnologyRelationsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEntryKind'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  relation?: Resolver<Types.Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FactStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type UndoMentionJudgementPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UndoMentionJudgementPayload'] = ResolversParentTypes['UndoMentionJudgementPayload']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  relinked?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  unconfirmed?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  unflagged?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type UnmergeEntityPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnmergeEntityPayload'] = ResolversParentTypes['UnmergeEntityPayload']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type UnsureMarkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnsureMark'] = ResolversParentTypes['UnsureMark']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UpsertEntityPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpsertEntityPayload'] = ResolversParentTypes['UpsertEntityPayload']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AcceptCandidatePayload?: AcceptCandidatePayloadResolvers<ContextType>;
  AcceptProposalPayload?: AcceptProposalPayloadResolvers<ContextType>;
  AddAliasPayload?: AddAliasPayloadResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  AmbiguousMention?: AmbiguousMentionResolvers<ContextType>;
  Answer?: AnswerResolvers<ContextType>;
  AnswerDate?: AnswerDateResolvers<ContextType>;
  AssertFactPayload?: AssertFactPayloadResolvers<ContextType>;
  Bloc?: BlocResolvers<ContextType>;
  CandidateConnection?: CandidateConnectionResolvers<ContextType>;
  CandidateEdge?: CandidateEdgeResolvers<ContextType>;
  CandidateJudgement?: CandidateJudgementResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeFeedConnection?: ChangeFeedConnectionResolvers<ContextType>;
  ChangeFeedEdge?: ChangeFeedEdgeResolvers<ContextType>;
  CommonNeighbor?: CommonNeighborResolvers<ContextType>;
  ConfirmMentionPayload?: ConfirmMentionPayloadResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  ConflictConnection?: ConflictConnectionResolvers<ContextType>;
  ConflictEdge?: ConflictEdgeResolvers<ContextType>;
  ConflictEvidence?: ConflictEvidenceResolvers<ContextType>;
  ConflictSide?: ConflictSideResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentAlias?: DocumentAliasResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityCandidate?: EntityCandidateResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityDate?: EntityDateResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityMatch?: EntityMatchResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceMatch?: EvidenceMatchResolvers<ContextType>;
  EvidenceSearchConnection?: EvidenceSearchConnectionResolvers<ContextType>;
  EvidenceSearchEdge?: EvidenceSearchEdgeResolvers<ContextType>;
  Footnote?: FootnoteResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  IngestDocumentPayload?: IngestDocumentPayloadResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  Law?: LawResolvers<ContextType>;
  LinkCandidatePayload?: LinkCandidatePayloadResolvers<ContextType>;
  MarkCandidateUnsurePayload?: MarkCandidateUnsurePayloadResolvers<ContextType>;
  MarkMentionUnsurePayload?: MarkMentionUnsurePayloadResolvers<ContextType>;
  MatchFeature?: MatchFeatureResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MergeEntitiesPayload?: MergeEntitiesPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PolicyArea?: PolicyAreaResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalConnection?: ProposalConnectionResolvers<ContextType>;
  ProposalEdge?: ProposalEdgeResolvers<ContextType>;
  ProposalEnd?: ProposalEndResolvers<ContextType>;
  ProposalEvidence?: ProposalEvidenceResolvers<ContextType>;
  ProposalJudgement?: ProposalJudgementResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectCandidatePayload?: RejectCandidatePayloadResolvers<ContextType>;
  RejectMentionPayload?: RejectMentionPayloadResolvers<ContextType>;
  RejectProposalPayload?: RejectProposalPayloadResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  ReopenCandidatePayload?: ReopenCandidatePayloadResolvers<ContextType>;
  RetractFactPayload?: RetractFactPayloadResolvers<ContextType>;
  RetractedFact?: RetractedFactResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  StatusStep?: StatusStepResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SubgraphEdge?: SubgraphEdgeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Technology?: TechnologyResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  UndoMentionJudgementPayload?: UndoMentionJudgementPayloadResolvers<ContextType>;
  UnmergeEntityPayload?: UnmergeEntityPayloadResolvers<ContextType>;
  UnsureMark?: UnsureMarkResolvers<ContextType>;
  UpsertEntityPayload?: UpsertEntityPayloadResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  connects?: ConnectsDirectiveResolver<any, any, ContextType>;
};
