/**
 * Another date: a source dating a fact otherwise than the fact's date, compared at the precision
 * both give ("2025" agrees with "2025-05-13"; "2025-05-12" does not). Dates the reader inferred
 * (the year not written) do not contradict; they are what a stated date settles.
 */
import { SINGLE_VALUED } from './otherValues';
import { PARTY_RELATIONS } from './parties';
import { firm, groupBy, keyOf, sourceLabel } from './statements';
import type { Conflict, Statement } from './types';

export interface DatedFact {
  factId: string;
  date: string;
  dateInferred: boolean;
}

const agree = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length)) === b.slice(0, Math.min(a.length, b.length));

/** The relations whose dates are compared: an occasion's parties, place and event (not attendance, offices). */
const DATED = new Set([...Object.keys(PARTY_RELATIONS), ...Object.keys(SINGLE_VALUED)]);

export function dateConflicts(statements: readonly Statement[], facts: ReadonlyMap<string, DatedFact>): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const [key, items] of groupBy(
    statements.filter((s) => DATED.has(s.type)),
    keyOf,
  )) {
    const factId = items.find((s) => s.factId !== null)?.factId;
    const fact = factId ? facts.get(factId) : undefined;
    if (!fact) continue;
    const sources = new Set(items.filter((s) => s.factId === factId).map((s) => s.documentId));
    const others = items.filter((s) => !sources.has(s.documentId) && firm(s) && s.date && !s.dateInferred && !agree(s.date, fact.date));
    if (others.length === 0) continue;
    const own = items.filter((s) => sources.has(s.documentId));
    const [type, aboutId] = key.split('|') as [string, string];
    conflicts.push({
      id: `DATE:${factId}`,
      kind: 'DATE',
      aboutId,
      relationType: type,
      reason:
        `${factId} is dated ${fact.date}${fact.dateInferred ? ' (inferred)' : ''} by ${[...new Set(own.map(sourceLabel))].join(', ')}; ` +
        others.map((s) => `${sourceLabel(s)} says ${s.date}`).join('; ') +
        '.',
      factIds: [factId!],
      sides: [
        ...[...groupBy(own, (s) => s.documentId).entries()].map(([documentId, evidence]) => ({
          documentId,
          machineTranslated: evidence[0]!.machineTranslated,
          role: 'FLAGGED' as const,
          says: `date ${fact.date}`,
          evidence,
        })),
        ...[...groupBy(others, (s) => s.documentId).entries()].map(([documentId, evidence]) => ({
          documentId,
          machineTranslated: evidence[0]!.machineTranslated,
          role: 'CONTRADICTING' as const,
          says: `date ${evidence[0]!.date}`,
          evidence,
        })),
      ],
    });
  }
  return conflicts;
}
