/**
 * Finds where a new document names entities the graph knows: every candidate span
 * (domain/mentionSpans.ts) is looked up by its name key in one query, then kept only where the
 * name or alias it matches is linkable, the longest match wins, and a span two entities could
 * claim is left unlinked rather than guessed.
 */
import type { GraphRunner } from '../../db/database';
import type { ResolvedMention } from '../../domain/bundle/resolvedBundle';
import { candidateSpans, isLinkableForm } from '../../domain/mentionSpans';
import { nameKey } from '../../domain/nameKey';
import { findEntitiesByNameKeys } from '../../store/entitiesByNameKeys';

export async function findMentions(db: GraphRunner, documentId: string, text: string): Promise<ResolvedMention[]> {
  const spans = candidateSpans(text);
  const keys = [...new Set(spans.map((span) => span.key))].filter((key) => key !== '');
  if (keys.length === 0) return [];
  const byKey = await findEntitiesByNameKeys(db, keys);

  const matches: ResolvedMention[] = [];
  for (const span of spans) {
    const surface = text.slice(span.start, span.end);
    const claimants = (byKey.get(span.key) ?? []).filter(
      (entity) =>
        nameKey(entity.name) === span.key ||
        (entity.aliases ?? []).some((alias) => nameKey(alias) === span.key && isLinkableForm(alias, false)),
    );
    if (claimants.length === 1) {
      matches.push({ documentId, entityId: claimants[0]!.id, text: surface, start: span.start, end: span.end });
    }
  }
  // Longest first; a span inside a kept one is dropped.
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ResolvedMention[] = [];
  for (const match of matches) {
    if (!kept.some((longer) => longer.start <= match.start && longer.end >= match.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
