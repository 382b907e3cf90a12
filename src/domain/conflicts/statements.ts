/** Helpers over statements that every conflict rule shares. */
import type { Statement } from './types';

export const keyOf = (s: Pick<Statement, 'type' | 'from' | 'to'>) => `${s.type}|${s.from.id}|${s.to.id}`;

/** Proposals the reader marks POSSIBLE are too weak to contradict anything. */
export const firm = (s: Statement) => s.status !== 'POSSIBLE';

export function groupBy<T>(items: readonly T[], keyOf_: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf_(item), [...(groups.get(keyOf_(item)) ?? []), item]);
  return groups;
}

/** "ec-dpc3-tokyo-2025" or, with its title, `"EU and Japan ..." (ec-dpc3-tokyo-2025, machine-translated)`. */
export function sourceLabel(s: Pick<Statement, 'documentId' | 'documentTitle' | 'machineTranslated'>): string {
  const title = s.documentTitle && s.documentTitle !== s.documentId ? `"${s.documentTitle.slice(0, 80)}" ` : '';
  return `${title}(${s.documentId}${s.machineTranslated ? ', machine-translated' : ''})`;
}

export const namesOf = (names: Iterable<string>) => [...names].sort().join(', ');
