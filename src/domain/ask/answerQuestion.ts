/**
 * From a reading and the working graph to an answer: the facts that support it, their words
 * with footnotes, a count or the documents asked for, and how the question was read. Connection
 * questions bring their paths (found by the store's shortest-path search) as lists of fact ids.
 */
import type { Reading } from './readQuestion';
import { dateClause, factClause, Footnotes, interpretationOf, notHeld, suggestionFor, type Footnote } from './answerText';
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

/** "how many of the articles": a count of documents, not of entities. */
const COUNTS_DOCUMENTS = /\bhow many (of the )?(articles|sources|documents|reports|texts)\b/i;

function documentsOf(facts: readonly AskFact[]): string[] {
  return [...new Set(facts.flatMap((fact) => fact.evidence.map((ev) => ev.documentId)))].sort();
}

export function answerQuestion(question: string, reading: Reading, graph: AskGraph, paths: readonly string[][] = []): AnswerPlan {
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
      text: notHeld(working, reading),
      factIds: [],
      dateEntityIds: [],
      footnotes: [],
      count: reading.kind === 'COUNT' ? null : null,
    };
  const clauses = [
    ...dated.map((id) => dateClause(working, id, graph.entities.get(id)!.date!, notes)),
    ...facts.map((fact) => factClause(working, fact, notes)),
  ];
  let lead = '';
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
    lead = `Stated in ${titles.join(' and ')}: `;
  }
  return {
    ...base,
    understood: true,
    text: `${lead}${clauses.join('; ')}.`,
    factIds: facts.map((fact) => fact.id),
    dateEntityIds: dated,
    count,
    documentIds,
    footnotes: notes.items,
  };
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
  const shortest = usable[0]!.length;
  const pathIndexes = paths.map((path, i) => (usable.includes(path) && path.length === shortest ? i : -1)).filter((i) => i >= 0);
  const first = usable[0]!.map((id) => working.graph.facts.get(id)!);
  const text = `${working.nameOf(a!)} is connected to ${working.nameOf(b!)}: ${first.map((fact) => factClause(working, fact, notes)).join('; ')}.`;
  return { ...base, understood: true, text, pathIndexes, factIds: first.map((fact) => fact.id), dateEntityIds: [], footnotes: notes.items };
}
