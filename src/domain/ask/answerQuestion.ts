/**
 * From a reading and the working graph to an answer: the facts that support it, their words
 * with footnotes, a count or the documents asked for, and how the question was read. Connection
 * questions bring their paths (found by the store's shortest-path search) as lists of fact ids.
 */
import type { Reading } from './readQuestion';
import { dateClause, factClause, Footnotes, interpretationOf, notHeld, suggestionFor, type Footnote } from './answerText';
import { RELATION_WORDS } from './lexicon';
import { selectFacts } from './selectFacts';
import type { AskFact, AskGraph, QuestionKind } from './types';
import { WorkingGraph } from './workingGraph';

export interface AnswerPlan {
  understood: boolean;
  kind: QuestionKind | null;
  interpretation: string;
  text: string;
  factIds: string[];
  dateEntityIds: string[];
  /** For connection questions: which of the paths given are offered (indexes). */
  pathIndexes: number[];
  count: number | null;
  documentIds: string[];
  footnotes: Footnote[];
  suggestion: string | null;
}

/** A second part asking how a source states it ("which of them reports it as held"). */
const STATUS_ASKED = /\b(report|reports|reported|held|done|planned|expected|status|as a fact|confirm|confirms)\b/i;

/** "how many of the articles": a count of documents, not of entities. */
const COUNTS_DOCUMENTS = /\bhow many (of the )?(articles|sources|documents|reports|texts)\b/i;

function documentsOf(facts: readonly AskFact[]): string[] {
  return [...new Set(facts.flatMap((fact) => fact.evidence.map((ev) => ev.documentId)))].sort();
}

/**
 * With facts that sources dispute (a party or a post that rests only on a source another
 * contradicts, issue #14's PARTIES and ROLE conflicts): the answer is read without them, and says
 * which it left out and why, so a phantom co-chair or signer is never offered as the answer.
 */
export function answerQuestion(
  question: string,
  reading: Reading,
  graph: AskGraph,
  paths: readonly string[][] = [],
  disputed: ReadonlyMap<string, string> = new Map(),
): AnswerPlan {
  if (disputed.size === 0) return answerFromGraph(question, reading, graph, paths);
  const all = answerFromGraph(question, reading, graph, paths);
  const left = all.factIds.filter((id) => disputed.has(id));
  if (left.length === 0) return all;
  const kept: AskGraph = { ...graph, facts: new Map([...graph.facts].filter(([id]) => !disputed.has(id))) };
  const plan = answerFromGraph(
    question,
    reading,
    kept,
    paths.filter((path) => !path.some((id) => disputed.has(id))),
  );
  const working = new WorkingGraph(graph);
  const reasons = [...new Set(left.map((id) => disputed.get(id)!))];
  const names = left.map((id) => {
    const fact = graph.facts.get(id)!;
    return `${working.nameOf(fact.fromId)} ${RELATION_WORDS[fact.type].phrase} ${working.nameOf(fact.toId)}`;
  });
  return { ...plan, text: `${plan.text} Left out, as sources disagree: ${names.join('; ')} (${reasons.join(' ')})` };
}

function answerFromGraph(question: string, reading: Reading, graph: AskGraph, paths: readonly string[][]): AnswerPlan {
  const working = new WorkingGraph(graph);
  const interpretation = interpretationOf(working, reading);
  const base = {
    kind: reading.kind,
    interpretation,
    pathIndexes: [] as number[],
    count: null,
    documentIds: [] as string[],
    suggestion: null,
  };
  if (!reading.kind) {
    const suggestion = suggestionFor(working, reading);
    return {
      ...base,
      understood: false,
      text: `I did not understand the question. Try: ${suggestion}`,
      factIds: [],
      dateEntityIds: [],
      footnotes: [],
      suggestion,
    };
  }
  const notes = new Footnotes();
  if (reading.kind === 'CONNECTION') return connection(working, reading, paths, notes, base);
  const selection = selectFacts(working, reading);
  const facts = selection.facts;
  const dated = selection.dateEntityIds;
  if (facts.length === 0 && dated.length === 0)
    return {
      ...base,
      understood: true,
      text: selection.notDone?.length ? notReportedAsDone(working, selection.notDone) : notHeld(working, reading),
      factIds: [],
      dateEntityIds: [],
      footnotes: [],
      count: reading.kind === 'COUNT' ? null : null,
    };
  const clauses = [
    ...dated.map((id) => dateClause(working, id, graph.entities.get(id)!.date!, notes)),
    ...facts.map((fact) => {
      const clause = factClause(working, fact, notes);
      // Asked what was planned: a plan since reported as done says both ("both sides will say they will support ...").
      const wasPlanned = fact.status === 'REPORTED' && fact.evidence.some((ev) => ev.status !== 'REPORTED');
      return reading.kind === 'PLANNED' && wasPlanned ? `${clause} (planned in one source, reported as done in another)` : clause;
    }),
  ];
  let lead = '';
  const asksStatus = reading.kind === 'WHICH_SOURCE' && reading.secondPart !== null && STATUS_ASKED.test(reading.secondPart);
  let count: number | null = null;
  let documentIds: string[] = [];
  if (reading.kind === 'COUNT') {
    count = COUNTS_DOCUMENTS.test(question) ? documentsOf(facts).length : selection.answerIds.length;
    lead = `${count}: `;
  } else if (reading.kind === 'IS_DONE') {
    lead = facts.some((fact) => fact.status === 'REPORTED') ? 'Yes, reported: ' : 'Not reported as done: ';
  } else if (reading.kind === 'WHICH_SOURCE') {
    documentIds = documentsOf(facts);
    const titles = documentIds.map((id) => {
      const doc = graph.documents.get(id);
      return doc ? `"${doc.title}"${doc.publisher ? ` (${doc.publisher})` : ''}` : id;
    });
    lead = `Stated in ${titles.join(' and ')}${howEachStates(graph, facts, documentIds, asksStatus)}: `;
  }
  // "..., and which of them reports it as held": a second question answered only where the first's facts can.
  const unanswered =
    reading.secondPart && !asksStatus ? ` Only the first part of the question is answered; ask "${reading.secondPart}?" on its own.` : '';
  return {
    ...base,
    understood: true,
    text: `${lead}${clauses.join('; ')}.${unanswered}`,
    factIds: facts.map((fact) => fact.id),
    dateEntityIds: dated,
    count,
    documentIds,
    footnotes: notes.items,
  };
}

/**
 * How each source states the claim, when they differ ("which of them reports it as held"): the
 * Tokyo article reports the council held in Tokyo, Euronews (April 2024) only planned it there.
 */
function howEachStates(graph: AskGraph, facts: readonly AskFact[], documentIds: readonly string[], asked: boolean): string {
  if (documentIds.length < 2 && !asked) return '';
  const statusIn = (id: string) => {
    const statuses = new Set(facts.flatMap((fact) => fact.evidence.filter((ev) => ev.documentId === id).map((ev) => ev.status)));
    return statuses.has('REPORTED') ? 'reported as done' : statuses.has('PLANNED') ? 'as planned' : 'as expected';
  };
  const each = documentIds.map((id) => ({ id, how: statusIn(id) }));
  if (new Set(each.map((e) => e.how)).size === 1) return asked ? ` (${documentIds.length > 1 ? 'each' : 'it'} ${each[0]!.how})` : '';
  const title = (id: string) => `"${graph.documents.get(id)?.title ?? id}"`;
  return ` (${each.map((e) => `${title(e.id)}: ${e.how}`).join('; ')})`;
}

/** A claim asked as done that the graph holds only as planned or expected: said so, and no fact offered as it. */
function notReportedAsDone(working: WorkingGraph, facts: readonly AskFact[]): string {
  const how = facts.map(
    (fact) =>
      `${working.nameOf(fact.fromId)} ${fact.status === 'PLANNED' ? 'planned' : 'expected'} to ${RELATION_WORDS[fact.type].future.replace(/^is to /, '')} ${working.nameOf(fact.toId)}`,
  );
  return `No source in the graph reports that as done: it holds only what was planned or expected (${[...new Set(how)].join('; ')}).`;
}

/** How many equally short paths a connection answer offers (the best first). */
const OFFERED_PATHS = 5;

/**
 * How much of a path one passage tells: the steps stated in the same words as the step before
 * ("a joint call at the OECD Ministerial meeting ... for its swift implementation" joins the call,
 * the meeting and what it is convened under). Among equally short paths the best told comes first,
 * then the order of their fact ids, so the answer does not depend on the order the search found them.
 */
function toldTogether(working: WorkingGraph, path: readonly string[]): number {
  let told = 0;
  for (let i = 1; i < path.length; i += 1) {
    const a = working.graph.facts.get(path[i - 1]!);
    const b = working.graph.facts.get(path[i]!);
    if (a && b && a.evidence.some((x) => b.evidence.some((y) => x.documentId === y.documentId && x.start < y.end && y.start < x.end)))
      told += 1;
  }
  return told;
}

function connection(
  working: WorkingGraph,
  reading: Reading,
  paths: readonly string[][],
  notes: Footnotes,
  base: Omit<AnswerPlan, 'understood' | 'text' | 'factIds' | 'dateEntityIds' | 'footnotes'>,
): AnswerPlan {
  const [a, b] = reading.named.map((name) => name.entityId);
  const usable = paths.filter((path) => path.every((id) => working.graph.facts.has(id)));
  if (usable.length === 0)
    return {
      ...base,
      understood: true,
      text: `The graph holds no connection between ${working.nameOf(a!)} and ${working.nameOf(b!)} within four steps.`,
      factIds: [],
      dateEntityIds: [],
      footnotes: [],
    };
  const shortest = Math.min(...usable.map((path) => path.length));
  const ranked = paths
    .map((path, i) => ({ i, path, told: toldTogether(working, path) }))
    .filter(({ path }) => usable.includes(path) && path.length === shortest)
    .sort((a, b) => b.told - a.told || a.path.join(' ').localeCompare(b.path.join(' ')));
  const pathIndexes = ranked.slice(0, OFFERED_PATHS).map(({ i }) => i);
  const first = ranked[0]!.path.map((id) => working.graph.facts.get(id)!);
  const text = `${working.nameOf(a!)} is connected to ${working.nameOf(b!)}: ${first.map((fact) => factClause(working, fact, notes)).join('; ')}.`;
  return { ...base, understood: true, text, pathIndexes, factIds: first.map((fact) => fact.id), dateEntityIds: [], footnotes: notes.items };
}
