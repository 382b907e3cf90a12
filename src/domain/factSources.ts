/**
 * How many independent sources state a fact, and how its status moved from source to source
 * (issue #14: "planned in April 2024, reported in May 2025"). Plain functions over a fact's
 * evidence and its documents' publication dates.
 */
import type { FactStatus } from '../__generated__/graphql';
import { isStronger } from './statusRank';

export interface SourcedEvidence {
  documentId: string;
  quote: string;
  status: FactStatus;
}

const words = (quote: string) => quote.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The number of documents among the evidence, where documents that state the fact in the very same
 * words count once: a republished press release is one source, not two. Documents that say it in
 * their own words count apart, even when they follow a release.
 */
export function independentSources(evidence: readonly SourcedEvidence[]): number {
  const quotesOf = new Map<string, Set<string>>();
  for (const item of evidence) quotesOf.set(item.documentId, (quotesOf.get(item.documentId) ?? new Set()).add(words(item.quote)));
  const seen: Array<Set<string>> = [];
  for (const quotes of quotesOf.values()) {
    if (!seen.some((earlier) => [...quotes].every((quote) => earlier.has(quote)))) seen.push(quotes);
  }
  return seen.length;
}

export interface StatusStep {
  status: FactStatus;
  /** The source's publication date (ISO at its precision), null when unknown. */
  date: string | null;
  documentId: string;
  quote: string;
}

/**
 * One step per source: the strongest status it states and its quote, in publication order
 * (undated sources last, then by document id, so the order is stable).
 */
export function statusHistory(evidence: readonly SourcedEvidence[], publishedAt: (documentId: string) => string | null): StatusStep[] {
  const byDocument = new Map<string, StatusStep>();
  for (const item of evidence) {
    const step = byDocument.get(item.documentId);
    if (!step || isStronger(item.status, step.status)) {
      byDocument.set(item.documentId, {
        status: item.status,
        date: publishedAt(item.documentId),
        documentId: item.documentId,
        quote: item.quote,
      });
    }
  }
  return [...byDocument.values()].sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.documentId.localeCompare(b.documentId),
  );
}
