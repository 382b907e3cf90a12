/**
 * Words for an answer, built only from the facts, dates and documents selected: one clause per
 * fact with footnote marks ("[1]") that point at its evidence, planned and expected facts said
 * to be so, inferred years marked. The reading is put in words too (`interpretation`).
 */
import type { FactStatus } from '../../__generated__/graphql';
import { RELATION_WORDS } from './lexicon';
import type { Reading } from './readQuestion';
import type { AskEntityDate, AskEvidence, AskFact, QuestionKind } from './types';
import type { WorkingGraph } from './workingGraph';

export interface Footnote {
  mark: number;
  factId: string | null;
  evidence: AskEvidence;
}

export class Footnotes {
  readonly items: Footnote[] = [];

  /** Marks for these evidence items ("[1][2]"), numbering each quote once. */
  marks(factId: string | null, evidence: readonly AskEvidence[]): string {
    return evidence
      .map((item) => {
        let note = this.items.find((existing) => existing.evidence.id === item.id && existing.factId === factId);
        if (!note) this.items.push((note = { mark: this.items.length + 1, factId, evidence: item }));
        return `[${note.mark}]`;
      })
      .join('');
  }
}

const KIND_WORDS: Record<QuestionKind, string> = {
  WHO_DID: 'who did what',
  WHAT_ABOUT: 'what an entity did or is about',
  WHEN_WHERE: 'when or where',
  CONNECTION: 'how two entities are connected',
  IN_COMMON: 'what two entities have in common',
  PERIOD: 'what happened in a period',
  PLANNED: 'what is planned or expected',
  IS_DONE: 'whether something is done',
  WHICH_SOURCE: 'which source states a claim',
  COUNT: 'how many',
};

export function describeDate(value: string, endValue: string | null, inferred: boolean | null): string {
  const range = endValue && endValue !== value ? `${value} to ${endValue}` : value;
  return inferred ? `${range} (year inferred from the article's date)` : range;
}

function statusWords(status: FactStatus): string {
  return status === 'PLANNED' ? ' (planned, not reported as done)' : status === 'EXPECTED' ? ' (expected, not reported as done)' : '';
}

/** "Henna Virkkunen co-chaired Third EU-Japan Digital Partnership Council[1]" */
export function factClause(graph: WorkingGraph, fact: AskFact, notes: Footnotes): string {
  const words = RELATION_WORDS[fact.type];
  const verb = fact.status === 'REPORTED' ? words.phrase : words.future;
  const role = fact.role ? ` as ${fact.role}` : '';
  const date = fact.date ? `, ${describeDate(fact.date, null, fact.dateInferred)}` : '';
  return `${graph.nameOf(fact.fromId)} ${verb} ${graph.nameOf(fact.toId)}${role}${date}${statusWords(fact.status)}${notes.marks(fact.id, evidenceFirst(fact))}`;
}

/** The evidence that states the fact's own status first (a report before a plan of the same). */
function evidenceFirst(fact: AskFact): AskEvidence[] {
  return [...fact.evidence].sort((a, b) => Number(b.status === fact.status) - Number(a.status === fact.status));
}

export function dateClause(graph: WorkingGraph, entityId: string, date: AskEntityDate, notes: Footnotes): string {
  const when = describeDate(date.value, date.endValue, date.inferred);
  return `${graph.nameOf(entityId)}: ${when}${statusWords(date.status)}${notes.marks(null, date.evidence)}`;
}

export function interpretationOf(graph: WorkingGraph, reading: Reading): string {
  if (!reading.kind) return 'Not understood: the question matched none of the supported forms.';
  const parts = [`Read as a question of ${KIND_WORDS[reading.kind]}`];
  if (reading.named.length > 0)
    parts.push(`entities: ${reading.named.map((name) => `"${name.text}" = ${graph.nameOf(name.entityId)} (${name.entityId})`).join(', ')}`);
  if (reading.relationTypes.length > 0) parts.push(`relation types: ${reading.relationTypes.join(', ')}`);
  if (reading.answerTypes) parts.push(`asking for: ${reading.answerTypes.join(' or ')}`);
  if (reading.viaTypes) parts.push(`through: ${reading.viaTypes.join(' or ')}`);
  if (reading.period) parts.push(`period: ${reading.period.from} to ${reading.period.to} ("${reading.period.text}")`);
  if (reading.statuses) parts.push(`status: ${reading.statuses.join(' or ')}`);
  if (reading.unexplained.length > 0) parts.push(`words the evidence must contain: ${reading.unexplained.join(', ')}`);
  if (reading.secondPart) parts.push(`read by its first part; second part: "${reading.secondPart}"`);
  return `${parts.join('; ')}.`;
}

/** What the graph does not hold, in words, for a reading with no supporting fact. */
export function notHeld(graph: WorkingGraph, reading: Reading): string {
  const names = reading.named.map((name) => graph.nameOf(name.entityId));
  const what = reading.relationTypes.length > 0 ? ` of the kind asked (${reading.relationTypes.join(', ')})` : '';
  const about = names.length > 0 ? ` about ${names.join(' and ')}` : '';
  const period = reading.period ? ` in ${reading.period.text}` : '';
  const status = reading.statuses ? ' that is planned or expected' : '';
  if (reading.kind === 'WHEN_WHERE') {
    const asked = reading.asksWhere && reading.asksWhen ? 'when or where' : reading.asksWhere ? 'where' : 'when';
    const dates = reading.named
      .map((name) => graph.graph.entities.get(name.entityId))
      .filter((entity) => entity?.date)
      .map((entity) => `${entity!.name} is dated only ${entity!.date!.value}`);
    return `The graph does not hold ${asked} that was${about ? ` for ${names.join(' and ')}` : ''}${what}.${dates.length > 0 ? ` (${dates.join('; ')}, not to the precision asked.)` : ''}`;
  }
  const unknown =
    reading.unknownNames.length > 0
      ? ` It knows no one and nothing named ${reading.unknownNames.map((name) => `"${name}"`).join(' or ')}.`
      : '';
  return `The graph holds no fact${what}${about}${period}${status} that answers this.${unknown}`;
}

export function suggestionFor(graph: WorkingGraph, reading: Reading): string {
  const names = reading.named.map((name) => graph.nameOf(name.entityId));
  if (names.length >= 2) return `How is ${names[0]} connected to ${names[1]}?`;
  if (names.length === 1) return `What is ${names[0]} about?  (or: Who signed ${names[0]}? When was ${names[0]}?)`;
  if (reading.period) return `What happened in ${reading.period.text}?`;
  return 'Try a form such as: "Who signed the EU-Japan Digital Partnership?", "How is the AI Pact connected to the AI Act?", "What happened in May 2022?", "What is planned for 2026?"';
}
