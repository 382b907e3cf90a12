/**
 * Finds where a new document names entities the graph knows: every run of 1 to 6 words is a
 * candidate, looked up by its name key in one query (keyword full-text index; case, accents and
 * punctuation do not matter), then kept only where the name or alias it matches is linkable, the
 * longest match wins, and a span two entities could claim is left unlinked rather than guessed.
 * Aliases that only make sense in their own article ("the council", "both partners") are
 * skipped: a determiner first, or a single lower-case word.
 */
import type { GraphRunner, NamedQuery } from '../db/database';
import { nameKey } from '../model/nameKey';
import type { ResolvedMention } from '../model/resolvedBundle';

const MAX_WORDS = 6;
const MAX_CANDIDATES = 50_000;
const DETERMINER = /^(the|a|an|its|their|both|this|these|those|our|his|her)\s/i;

/** Whether an alias names its entity outside its own article (canonical names always do). */
export function isLinkableForm(form: string, canonical: boolean): boolean {
  if (canonical) return true;
  if (DETERMINER.test(form)) return false;
  return !/^[\p{Ll}\p{N}-]+$/u.test(form);
}

interface Span {
  start: number;
  end: number;
  key: string;
}

export function candidateSpans(text: string): Span[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const spans: Span[] = [];
  for (let first = 0; first < words.length && spans.length < MAX_CANDIDATES; first += 1) {
    for (let last = first; last < Math.min(words.length, first + MAX_WORDS); last += 1) {
      const start = words[first]!.start;
      const end = words[last]!.end;
      spans.push({ start, end, key: nameKey(text.slice(start, end)) });
    }
  }
  return spans;
}

const findByNameKeysQuery: NamedQuery = {
  name: 'findEntitiesByNameKeys',
  cypher: `
    UNWIND $keys AS key
    CALL db.index.fulltext.queryNodes('entity_name_keys', '"' + key + '"') YIELD node
    RETURN key, collect(node { .id, .name, .aliases }) AS entities`,
};

export async function findMentions(db: GraphRunner, documentId: string, text: string): Promise<ResolvedMention[]> {
  const spans = candidateSpans(text);
  const keys = [...new Set(spans.map((span) => span.key))].filter((key) => key !== '');
  if (keys.length === 0) return [];
  const rows = await db.read<{ key: string; entities: Array<{ id: string; name: string; aliases: string[] | null }> }>(
    findByNameKeysQuery,
    { keys },
  );
  const byKey = new Map(rows.map((row) => [row.key, row.entities]));

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
