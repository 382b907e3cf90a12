/**
 * Query.ask: a question in plain words, answered from the graph's facts only. The names it
 * uses are read by the name engine (domain/ask/findNames: misspellings, acronyms, titles,
 * described meetings), the question by the grammar of domain/ask/readQuestion, the working
 * graph is read by the store (store/askGraph: the facts near the named entities, or those of a
 * period or status), paths by the shortest-path search, and domain/ask/answerQuestion picks the
 * facts and words the answer. Reads only.
 */
import type { GraphRunner } from '../db/database';
import type { NameIndex } from '../domain/names';
import { answerQuestion } from '../domain/ask/answerQuestion';
import { CONFLICT_ANCHORS, findConflicts } from '../domain/conflicts';
import { findConflictStatements } from '../store/conflicts';
import { precisionOf } from '../domain/dates';
import { countedMembers } from '../domain/ask/countedNoun';
import { withoutRejectedNames, type RejectedLinks } from '../domain/ask/editorVerdicts';
import { findNames } from '../domain/ask/findNames';
import { equivalentQuery } from '../domain/ask/graphqlQuery';
import { readQuestion } from '../domain/ask/readQuestion';
import type { AskFact, AskGraph, QuestionKind } from '../domain/ask/types';
import { loadAskGraph, type AskScope } from '../store/askGraph';
import { findShortestPaths, MAX_PATHS } from '../store/paths';
import type { EntityDateRecord, EvidenceRecord, PathRecord, Read, RelationRecord } from '../store/records';
import { nameResolverOf } from './lib/nameIndexCache';

export interface AnswerDateRecord {
  entityId: string;
  date: EntityDateRecord;
}

export interface FootnoteRecord {
  mark: number;
  fact: RelationRecord | null;
  evidence: EvidenceRecord;
}

export interface AnswerRecord {
  understood: boolean;
  kind: QuestionKind | null;
  interpretation: string;
  text: string;
  entityIds: string[];
  facts: RelationRecord[];
  dates: AnswerDateRecord[];
  paths: PathRecord[];
  count: number | null;
  documentIds: string[];
  footnotes: FootnoteRecord[];
  suggestion: string | null;
  graphql: string | null;
}

/** Questions are sentences: longer input is refused by the resolver (BAD_USER_INPUT). */
export const MAX_QUESTION_LENGTH = 500;
const CONNECTION_HOPS = 4;
/** All equally short paths the search gives (up to its bound): the answer ranks them itself (answerQuestion). */
const CONNECTION_PATHS = MAX_PATHS;

function toRelationRecord(fact: AskFact): RelationRecord {
  return {
    id: fact.id,
    type: fact.type,
    direction: 'OUTGOING',
    selfId: fact.fromId,
    otherId: fact.toId,
    date: fact.date,
    datePrecision: fact.datePrecision,
    dateInferred: fact.dateInferred,
    role: fact.role,
    status: fact.status,
  };
}

function scopesOf(entityIds: readonly string[], reading: ReturnType<typeof readQuestion>, index: NameIndex): AskScope[] {
  const scopes: AskScope[] = [];
  const counted = entityIds.length > 0 || reading.period ? [] : countedMembers(reading, index.entities.values());
  if (entityIds.length > 0) scopes.push({ kind: 'around', entityIds: [...entityIds] });
  else if (reading.period) scopes.push({ kind: 'period', from: reading.period.from, to: reading.period.to });
  else if (counted.length > 0) scopes.push({ kind: 'around', entityIds: counted });
  else if (reading.statuses) scopes.push({ kind: 'status', statuses: reading.statuses });
  return scopes;
}

/** A source named by words ("the Tokyo article"): only its evidence answers. */
function keepSource(graph: AskGraph, hint: string | null): AskGraph {
  if (!hint) return graph;
  const words = hint.toLowerCase().split(/\s+/);
  const documents = [...graph.documents.values()].filter((doc) =>
    words.every((word) => `${doc.id} ${doc.title} ${doc.publisher ?? ''}`.toLowerCase().includes(word)),
  );
  if (documents.length !== 1) return graph;
  const id = documents[0]!.id;
  const facts = new Map<string, AskFact>();
  for (const fact of graph.facts.values()) {
    const evidence = fact.evidence.filter((ev) => ev.documentId === id);
    if (evidence.length === 0) continue;
    // The fact as this source states it: its status is the source's.
    const status = evidence.some((ev) => ev.status === 'REPORTED')
      ? 'REPORTED'
      : evidence.some((ev) => ev.status === 'PLANNED')
        ? 'PLANNED'
        : 'EXPECTED';
    facts.set(fact.id, { ...fact, evidence, status });
  }
  return { ...graph, facts };
}

/**
 * What answering needs from a graph: its name index, the working graph of some scopes and the
 * shortest paths between two entities. The service reads them from Neo4j (storeAskSource); the
 * offline evaluation (`npm run eval`, bench/ask-eval) from the seed files, through the same
 * pipeline, so both score the same reader.
 */
export interface AskSource {
  nameIndex(): Promise<NameIndex>;
  /** Editors' verdicts on names (none offline: the seed files hold no judgements). */
  verdicts?(): Promise<RejectedLinks>;
  workingGraph(scopes: readonly AskScope[], extraEntityIds: readonly string[]): Promise<Read<AskGraph>>;
  shortestPaths(from: string, to: string, options: { maxHops: number; first: number }): Promise<Read<PathRecord[]>>;
  /**
   * The facts sources dispute as a party or a post (conflicts of kind PARTIES or ROLE), each with
   * the conflict's reason; asked only when an answer offers facts of the types conflicts compare.
   * Absent: none (the seed files hold no proposals to disagree with).
   */
  disputedFacts?(): Promise<Map<string, string>>;
}

/** The conflicts that make a fact's party or post doubtful, so not the answer (issue #14). */
const DISPUTING_KINDS = new Set(['PARTIES', 'ROLE']);
const DISPUTABLE_TYPES = new Set<string>([...CONFLICT_ANCHORS.byTo, ...CONFLICT_ANCHORS.byFrom]);

async function disputedFactsIn(db: GraphRunner): Promise<Map<string, string>> {
  const { statements, facts } = await findConflictStatements(db, CONFLICT_ANCHORS);
  const disputed = new Map<string, string>();
  for (const conflict of findConflicts(statements, facts))
    if (DISPUTING_KINDS.has(conflict.kind)) for (const id of conflict.factIds) disputed.set(id, conflict.reason);
  return disputed;
}

export function storeAskSource(db: GraphRunner): AskSource {
  return {
    nameIndex: async () => (await nameResolverOf(db)).index,
    verdicts: async () => (await nameResolverOf(db)).verdicts,
    workingGraph: (scopes, extraEntityIds) => loadAskGraph(db, scopes, extraEntityIds),
    shortestPaths: (from, to, options) => findShortestPaths(db, from, to, { ...options, types: null }),
    disputedFacts: () => disputedFactsIn(db),
  };
}

export function askQuestion(db: GraphRunner, question: string): Promise<Read<AnswerRecord>> {
  return answerFrom(storeAskSource(db), question);
}

export async function answerFrom(source: AskSource, question: string): Promise<Read<AnswerRecord>> {
  const index = await source.nameIndex();
  const named = withoutRejectedNames(findNames(question, index), await source.verdicts?.());
  const reading = readQuestion(question, named);
  const entityIds = [...new Set(reading.named.map((name) => name.entityId))];
  const [paths, loaded] = await Promise.all([
    reading.kind === 'CONNECTION' && entityIds.length >= 2
      ? source.shortestPaths(entityIds[0]!, entityIds[1]!, { maxHops: CONNECTION_HOPS, first: CONNECTION_PATHS })
      : Promise.resolve<Read<PathRecord[]>>({ value: [], side: {} }),
    source.workingGraph(reading.kind ? scopesOf(entityIds, reading, index) : [], entityIds),
  ]);
  const graph = keepSource(loaded.value, reading.sourceHint);
  const pathIds = paths.value.map((path) => path.steps.map((step) => step.id));
  let plan = answerQuestion(question, reading, graph, pathIds);
  // Only an answer offering a fact of a type conflicts compare costs the conflicts' read.
  if (source.disputedFacts && plan.factIds.some((id) => DISPUTABLE_TYPES.has(graph.facts.get(id)!.type))) {
    const disputed = await source.disputedFacts();
    if (plan.factIds.some((id) => disputed.has(id))) plan = answerQuestion(question, reading, graph, pathIds, disputed);
  }
  const facts = plan.factIds.map((id) => graph.facts.get(id)!);
  const relationById = new Map(facts.map((fact) => [fact.id, toRelationRecord(fact)]));
  const evidence = new Map<string, EvidenceRecord[]>();
  for (const fact of graph.facts.values())
    evidence.set(
      fact.id,
      loaded.value.facts.get(fact.id)!.evidence.map((ev) => ({ ...ev })),
    );
  const offeredPaths = plan.pathIndexes.map((i) => paths.value[i]!);
  const record: AnswerRecord = {
    understood: plan.understood,
    kind: plan.kind,
    interpretation: plan.interpretation,
    text: plan.text,
    entityIds,
    facts: facts.map((fact) => relationById.get(fact.id)!),
    dates: plan.dateEntityIds.map((id) => {
      const date = graph.entities.get(id)!.date!;
      evidence.set(
        date.factId,
        date.evidence.map((ev) => ({ ...ev })),
      );
      return {
        entityId: id,
        date: {
          value: date.value,
          endValue: date.endValue,
          precision: precisionOf(date.value),
          inferred: date.inferred,
          status: date.status,
          factId: date.factId,
        },
      };
    }),
    paths: offeredPaths,
    count: plan.count,
    documentIds: plan.documentIds,
    footnotes: plan.footnotes.map((note) => ({
      mark: note.mark,
      fact: note.factId
        ? (relationById.get(note.factId) ?? (graph.facts.has(note.factId) ? toRelationRecord(graph.facts.get(note.factId)!) : null))
        : null,
      evidence: { ...note.evidence },
    })),
    suggestion: plan.suggestion,
    graphql: plan.understood
      ? equivalentQuery(plan.factIds, {
          dateEntityIds: plan.dateEntityIds,
          path: reading.kind === 'CONNECTION' && entityIds.length >= 2 ? [entityIds[0]!, entityIds[1]!] : undefined,
        })
      : null,
  };
  return { value: record, side: { entities: [...(loaded.side.entities ?? []), ...(paths.side.entities ?? [])], evidence } };
}
