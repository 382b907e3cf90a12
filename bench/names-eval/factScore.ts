/**
 * Scores one document's fact proposals against its gold, as eval/README.md suggests: a proposal
 * matches a gold fact when its type (or one of the fact's typeAlternatives) and both ends match;
 * an entity end by id, a new-name end when the proposal's candidate has a mention overlapping a
 * gold mention of that new name. Proposals are counted once per (type, from, to) in a document,
 * as the gold is; symmetric types match either way round. Each gold fact is matched at most once.
 * Status and date are scored over the matched facts: status right when it is the gold status or
 * one of its alternatives, date right when value and precision agree (no date on both is right).
 */
import type { FactProposal } from '../../src/domain/facts';
import { RELATION_CUES } from '../../src/domain/facts';
import type { GoldEnd, GoldFact } from './factGold';

export interface FactCounts {
  tp: number;
  fp: number;
  fn: number;
  statusRight: number;
  dateRight: number;
}

export const emptyFactCounts = (): FactCounts => ({ tp: 0, fp: 0, fn: 0, statusRight: 0, dateRight: 0 });

export function addFactCounts(a: FactCounts, b: FactCounts): FactCounts {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    statusRight: a.statusRight + b.statusRight,
    dateRight: a.dateRight + b.dateRight,
  };
}

export function factRates(counts: FactCounts) {
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    precision: ratio(counts.tp, counts.tp + counts.fp),
    recall: ratio(counts.tp, counts.tp + counts.fn),
    statusAccuracy: ratio(counts.statusRight, counts.tp),
    dateAccuracy: ratio(counts.dateRight, counts.tp),
  };
}

export interface FactScore {
  counts: FactCounts;
  byType: Map<string, FactCounts>;
  misses: string[];
  extra: string[];
  wrongStatus: string[];
  wrongDate: string[];
}

/** Which gold new names a candidate id stands for (its mentions overlap theirs). */
export type NewNamesOf = (candidateId: string) => ReadonlySet<string>;

const SYMMETRIC = new Set(RELATION_CUES.filter((entry) => entry.symmetric).map((entry) => entry.type as string));

const endLabel = (end: GoldEnd) => end.entity ?? (end.new ? `+${end.new}` : `?${(end.ambiguous ?? []).join('|')}`);

function endMatches(gold: GoldEnd, id: string, newNamesOf: NewNamesOf): boolean {
  if (gold.entity) return gold.entity === id;
  if (gold.new) return newNamesOf(id).has(gold.new);
  return false;
}

export function distinctProposals(proposals: readonly FactProposal[]): FactProposal[] {
  const seen = new Map<string, FactProposal>();
  for (const proposal of proposals) {
    const key = `${proposal.type} ${proposal.from.id} ${proposal.to.id}`;
    if (!seen.has(key)) seen.set(key, proposal);
  }
  return [...seen.values()];
}

export function scoreFacts(proposals: readonly FactProposal[], gold: readonly GoldFact[], newNamesOf: NewNamesOf): FactScore {
  const byType = new Map<string, FactCounts>();
  const bump = (type: string, field: keyof FactCounts) => {
    const counts = byType.get(type) ?? emptyFactCounts();
    counts[field] += 1;
    byType.set(type, counts);
  };
  const counts = emptyFactCounts();
  const score: FactScore = { counts, byType, misses: [], extra: [], wrongStatus: [], wrongDate: [] };
  const matched = new Set<number>();
  for (const proposal of distinctProposals(proposals)) {
    const label = `${proposal.type} ${proposal.from.id} -> ${proposal.to.id} [${proposal.cue.phrase} ${proposal.confidence}] "${proposal.clause.text.slice(0, 90)}"`;
    const index = gold.findIndex((fact, at) => {
      if (matched.has(at)) return false;
      if (fact.type !== proposal.type && !(fact.typeAlternatives ?? []).includes(proposal.type)) return false;
      const forward = endMatches(fact.from, proposal.from.id, newNamesOf) && endMatches(fact.to, proposal.to.id, newNamesOf);
      const backward =
        SYMMETRIC.has(fact.type) && endMatches(fact.from, proposal.to.id, newNamesOf) && endMatches(fact.to, proposal.from.id, newNamesOf);
      return forward || backward;
    });
    if (index < 0) {
      counts.fp += 1;
      bump(proposal.type, 'fp');
      score.extra.push(label);
      continue;
    }
    matched.add(index);
    const fact = gold[index]!;
    counts.tp += 1;
    bump(fact.type, 'tp');
    if (fact.status === undefined || [fact.status, ...(fact.statusAlternatives ?? [])].includes(proposal.status)) {
      counts.statusRight += 1;
      bump(fact.type, 'statusRight');
    } else score.wrongStatus.push(`${label}: ${proposal.status}, gold ${fact.status}`);
    const goldDate = fact.date ?? null;
    const sameDate =
      goldDate === (proposal.date?.value ?? null) && (fact.datePrecision == null || fact.datePrecision === proposal.date?.precision);
    if (sameDate) {
      counts.dateRight += 1;
      bump(fact.type, 'dateRight');
    } else
      score.wrongDate.push(
        `${label}: ${proposal.date?.value ?? 'none'} (${proposal.date?.expression.text ?? ''}), gold ${goldDate ?? 'none'}`,
      );
  }
  gold.forEach((fact, at) => {
    if (matched.has(at)) return;
    counts.fn += 1;
    bump(fact.type, 'fn');
    score.misses.push(`${fact.type} ${endLabel(fact.from)} -> ${endLabel(fact.to)} "${(fact.sentence ?? '').slice(0, 90)}"`);
  });
  return score;
}
