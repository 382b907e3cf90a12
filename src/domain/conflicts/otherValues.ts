/**
 * One value per occasion: an event is held in one place, an agreement signed or an initiative
 * launched at one event. A source that gives another value than a fact's own sources, and not the
 * fact's, contradicts it (another place, another summit). Both facts, if both are in the graph,
 * are flagged; neither is removed.
 */
import { firm, groupBy, sourceLabel } from './statements';
import type { Conflict, ConflictSide, Statement } from './types';

export const SINGLE_VALUED: Readonly<Record<string, string>> = { HELD_IN: 'place', SIGNED_AT: 'event', LAUNCHED_AT: 'event' };

export function otherValueConflicts(statements: readonly Statement[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const relevant = statements.filter((s) => s.type in SINGLE_VALUED && !s.to.isName);
  for (const [group, items] of groupBy(relevant, (s) => `${s.type}|${s.from.id}`)) {
    const valuesOf = groupBy(
      items.filter((s) => s.factId !== null || firm(s)),
      (s) => s.to.id,
    );
    if (valuesOf.size < 2) continue;
    const documentsOf = (value: string) => new Set((valuesOf.get(value) ?? []).map((s) => s.documentId));
    // A value is contested when some document gives another value and not this one.
    const contested = [...valuesOf.keys()].filter((value) =>
      [...valuesOf.keys()].some(
        (other) => other !== value && [...documentsOf(other)].some((documentId) => !documentsOf(value).has(documentId)),
      ),
    );
    const factIds = [...new Set(contested.flatMap((value) => valuesOf.get(value)!.flatMap((s) => (s.factId ? [s.factId] : []))))].sort();
    if (factIds.length === 0) continue;
    const [type, aboutId] = group.split('|') as [string, string];
    const word = SINGLE_VALUED[type]!;
    const sides: ConflictSide[] = [...groupBy(items, (s) => s.documentId).entries()].map(([documentId, evidence]) => {
      const says = [...new Set(evidence.map((s) => s.to.name))].join(' and ');
      const holdsFlagged = evidence.some((s) => s.factId !== null && factIds.includes(s.factId));
      return {
        documentId,
        machineTranslated: evidence[0]!.machineTranslated,
        role: holdsFlagged ? 'FLAGGED' : 'CONTRADICTING',
        says: `${word}: ${says}`,
        evidence,
      };
    });
    const claims = [...valuesOf.entries()].map(
      ([, evidence]) => `${evidence[0]!.to.name} ${[...new Set(evidence.map((s) => sourceLabel(s)))].join(', ')}`,
    );
    conflicts.push({
      id: `OTHER_VALUE:${type}:${aboutId}`,
      kind: 'OTHER_VALUE',
      aboutId,
      relationType: type,
      reason: `Sources give ${items[0]!.from.name} more than one ${word} (${type}): ${claims.join(' vs ')}.`,
      factIds,
      sides,
    });
  }
  return conflicts;
}
