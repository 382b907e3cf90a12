/**
 * Planned and never reported: a live fact that every source states only as PLANNED or EXPECTED,
 * whose date has passed when a later document reports on the same event or agreement without
 * stating it. "Later" is the later document's publication date after the fact's date at the
 * precision both give ("2024-05" is after "2024-04-30"; "2025" is not after "2025-05-13"). "Reports
 * on the same occasion" is a REPORTED statement of that document about the fact's anchor (the
 * event or agreement the fact is about: ANCHORED_AT). A document that states the fact in any way,
 * or any source that reports it, rules the conflict out. The fact is flagged, not retracted: the
 * plan may have happened and gone unreported, or the reader may have missed the sentence.
 */
import { groupBy, keyOf, sourceLabel } from './statements';
import type { DatedFact } from './dates';
import type { Conflict, Statement } from './types';

/** The relation types the rule reads, and which end is the event or agreement they are about. */
export const ANCHORED_AT: Readonly<Record<string, 'from' | 'to'>> = {
  CO_CHAIRED: 'to',
  SIGNED: 'to',
  PARTICIPATED_IN: 'to',
  HELD_IN: 'from',
  SIGNED_AT: 'from',
  LAUNCHED_AT: 'from',
};

const PLANNING = new Set(['PLANNED', 'EXPECTED']);

/** `a` is after `b` at the precision both give. */
export function laterThan(a: string, b: string): boolean {
  const common = Math.min(a.length, b.length);
  return a.slice(0, common) > b.slice(0, common);
}

const anchorOf = (s: Statement) => (ANCHORED_AT[s.type] === 'to' ? s.to : s.from);

export function notReportedConflicts(statements: readonly Statement[], facts: ReadonlyMap<string, DatedFact>): Conflict[] {
  const relevant = statements.filter((s) => s.type in ANCHORED_AT && !anchorOf(s).isName);
  const aboutAnchor = groupBy(relevant, (s) => anchorOf(s).id);
  const conflicts: Conflict[] = [];
  for (const items of groupBy(relevant, keyOf).values()) {
    const factId = items.find((s) => s.factId !== null)?.factId;
    if (!factId || items.some((s) => s.status === 'REPORTED') || !items.some((s) => PLANNING.has(s.status))) continue;
    const due = [facts.get(factId)?.date, ...items.map((s) => s.date)]
      .filter((date): date is string => !!date)
      .sort()
      .pop();
    if (due === undefined) continue;
    const stating = new Set(items.map((s) => s.documentId));
    const anchor = anchorOf(items[0]!);
    const later = groupBy(
      (aboutAnchor.get(anchor.id) ?? []).filter(
        (s) => !stating.has(s.documentId) && s.status === 'REPORTED' && s.publishedAt !== null && laterThan(s.publishedAt, due),
      ),
      (s) => s.documentId,
    );
    if (later.size === 0) continue;
    const own = groupBy(
      items.filter((s) => s.factId === factId),
      (s) => s.documentId,
    );
    const status = items.find((s) => PLANNING.has(s.status))!.status;
    conflicts.push({
      id: `NOT_REPORTED:${factId}`,
      kind: 'NOT_REPORTED',
      aboutId: anchor.id,
      relationType: items[0]!.type,
      reason:
        `${factId} is ${status} for ${due} by ${[...own.values()].map((evidence) => sourceLabel(evidence[0]!)).join(', ')} and no source reports it; ` +
        `${[...later.values()].map((evidence) => `${sourceLabel(evidence[0]!)}, published ${evidence[0]!.publishedAt}`).join('; ')} ` +
        `${later.size === 1 ? 'reports' : 'report'} on ${anchor.name} after that date without stating it.`,
      factIds: [factId],
      sides: [
        ...[...own.entries()].map(([documentId, evidence]) => ({
          documentId,
          machineTranslated: evidence[0]!.machineTranslated,
          role: 'FLAGGED' as const,
          says: `${status.toLowerCase()} for ${due}`,
          evidence,
        })),
        ...[...later.entries()].map(([documentId, evidence]) => ({
          documentId,
          machineTranslated: evidence[0]!.machineTranslated,
          role: 'CONTRADICTING' as const,
          says: `reports on ${anchor.name} (published ${evidence[0]!.publishedAt}) without it`,
          evidence,
        })),
      ],
    });
  }
  return conflicts;
}
