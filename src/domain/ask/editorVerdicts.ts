/**
 * Editors' verdicts on names, applied to a question's names: a name an editor rejected for an
 * entity (rejectMention, rejectCandidate with notEntityId: a NOT_SAME judgement on the surface)
 * is not used to resolve the question to that entity, as it is never linked in a document or
 * found by entity(name:) (services/lib/judgedNames.ts). The question then reads as if that name
 * named nothing.
 */
import type { NamedEntity } from './types';

/** What ask needs of the verdicts (services/lib/nameIndexCache NameVerdicts). */
export interface RejectedLinks {
  isRejectedLink(surface: string, entityId: string): boolean;
}

/** The names found in a question without those an editor rejected for their entity. */
export function withoutRejectedNames(named: readonly NamedEntity[], verdicts: RejectedLinks | undefined): NamedEntity[] {
  if (!verdicts) return [...named];
  return named.filter((name) => !verdicts.isRejectedLink(name.text, name.entityId));
}
