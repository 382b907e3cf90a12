/**
 * The name engine's readings of one name with the editors' verdicts applied (nameIndexCache
 * NameVerdicts): a link an editor rejected for the name is never made or offered, and when the
 * name fits several entities alike, the one entity an editor confirmed for it (confirmMention,
 * linkCandidate) is the name's entity. Shared by entity(name:), search and ingestion
 * (resolveDocumentNames.ts), so a verdict reads the same everywhere.
 */
import { lookupName, lookupNameMatches, type MentionLink, type ScoredMatch } from '../../domain/names';
import type { NameResolver, NameVerdicts } from './nameIndexCache';

/** The explanation an editor's confirmation adds to the match it decides. */
export const CONFIRMED_FEATURE = { feature: 'editor', score: 0, detail: 'an editor confirmed this name for it' };

/**
 * The one candidate an editor confirmed for the surface among those it fits alike (none rejected);
 * undefined otherwise. Not for a definite description ("the council"): it means what its own
 * article named before it, so a verdict from another article says nothing about it.
 */
export function confirmedAmong<T extends { entityId: string; explanation?: ReadonlyArray<{ feature: string }> }>(
  surface: string,
  candidates: readonly T[],
  verdicts: NameVerdicts,
): T | undefined {
  if (candidates.some((candidate) => candidate.explanation?.some((item) => item.feature === 'definite'))) return undefined;
  const allowed = candidates.filter((candidate) => !verdicts.isRejectedLink(surface, candidate.entityId));
  const confirmed = allowed.filter((candidate) => verdicts.isConfirmedLink(surface, candidate.entityId));
  return confirmed.length === 1 ? confirmed[0] : undefined;
}

/**
 * Every entity the name may mean, best first, without those an editor rejected for it; the one
 * an editor confirmed for it among several comes first.
 */
export function judgedMatches(name: string, { index, verdicts }: NameResolver): ScoredMatch[] {
  const matches = lookupNameMatches(name, index).filter((match) => !verdicts.isRejectedLink(name, match.entityId));
  const confirmed = matches.length > 1 ? confirmedAmong(name, matches, verdicts) : undefined;
  if (!confirmed) return matches;
  return [{ ...confirmed, explanation: [...confirmed.explanation, CONFIRMED_FEATURE] }, ...matches.filter((match) => match !== confirmed)];
}

/**
 * The entity a name means with the verdicts applied: the engine's unambiguous best unless an
 * editor rejected it for the name (then none, never the next best), or else the one entity an
 * editor confirmed for the name among those it fits alike.
 */
export function judgedLookup(name: string, { index, verdicts }: NameResolver): string | undefined {
  const link = lookupName(name, index);
  if (link) return verdicts.isRejectedLink(name, link.entityId) ? undefined : link.entityId;
  return confirmedAmong(name, lookupNameMatches(name, index), verdicts)?.entityId;
}

/** A link made for an ambiguous mention because an editor confirmed the surface for one of its candidates. */
export function confirmedLink(
  mention: { start: number; end: number; text: string; candidates: readonly ScoredMatch[] },
  verdicts: NameVerdicts,
): MentionLink | undefined {
  const confirmed = confirmedAmong(mention.text, mention.candidates, verdicts);
  if (!confirmed) return undefined;
  return {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    entityId: confirmed.entityId,
    score: confirmed.score,
    explanation: [...confirmed.explanation, CONFIRMED_FEATURE],
  };
}
