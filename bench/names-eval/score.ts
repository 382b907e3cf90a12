/**
 * Scores one document's resolution against its gold, as eval/README.md suggests: a link matches a
 * gold mention when the entity is the same and the spans are equal, or differ only by a leading
 * "the"; new-name candidates match gold new names on span overlap, and their type is scored; any
 * link on a gold-ambiguous span is a guess. Counts add up over documents (micro-averaging).
 */
import type { Resolution } from '../../src/domain/names';
import type { GoldMention } from './evalSet';

export interface Counts {
  spanTp: number;
  spanFp: number;
  spanFn: number;
  entityTp: number;
  entityFp: number;
  entityFn: number;
  newGold: number;
  newProposed: number;
  newMatched: number;
  newTyped: number;
  candidatesMatched: number;
  ambiguousGold: number;
  guessed: number;
}

export interface DocumentScore {
  counts: Counts;
  misses: string[];
  wrong: string[];
  mistyped: string[];
  newMisses: string[];
  /** Candidates on spans the gold does not call new. */
  extra: string[];
}

export const emptyCounts = (): Counts => ({
  spanTp: 0,
  spanFp: 0,
  spanFn: 0,
  entityTp: 0,
  entityFp: 0,
  entityFn: 0,
  newGold: 0,
  newProposed: 0,
  newMatched: 0,
  newTyped: 0,
  candidatesMatched: 0,
  ambiguousGold: 0,
  guessed: 0,
});

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as Array<keyof Counts>) sum[key] = a[key] + b[key];
  return sum;
}

const ARTICLE = /^(the|The)\s+/;

function sameSpan(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.end !== b.end) return false;
  if (a.start === b.start) return true;
  const [early, late] = a.start < b.start ? [a, b] : [b, a];
  const lead = text.slice(early.start, late.start);
  return ARTICLE.test(lead) && lead.replace(ARTICLE, '') === '';
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreDocument(text: string, gold: GoldMention[], resolution: Resolution): DocumentScore {
  const counts = emptyCounts();
  const misses: string[] = [];
  const wrong: string[] = [];
  const mistyped: string[] = [];
  const newMisses: string[] = [];
  const extra: string[] = [];
  const known = gold.filter((mention) => mention.entity);
  const used = new Set<number>();
  for (const mention of known) {
    const at = resolution.links.findIndex(
      (link, index) => !used.has(index) && link.entityId === mention.entity && sameSpan(text, link, mention),
    );
    if (at >= 0) {
      used.add(at);
      counts.spanTp += 1;
    } else {
      counts.spanFn += 1;
      const there = [
        ...resolution.links.filter((link) => overlap(link, mention)).map((link) => `linked "${link.text}" -> ${link.entityId}`),
        ...resolution.ambiguous.filter((item) => overlap(item, mention)).map((item) => `ambiguous "${item.text}"`),
        ...resolution.candidates.filter((item) => overlap(item, mention)).map((item) => `candidate "${item.surface}" ${item.type}`),
      ];
      misses.push(
        `"${mention.surface}" @${mention.start} -> ${mention.entity}${mention.definite ? ' (definite)' : ''}: ${there.join('; ') || 'nothing'}`,
      );
    }
  }
  resolution.links.forEach((link, index) => {
    if (used.has(index)) return;
    counts.spanFp += 1;
    const goldThere = gold
      .filter((mention) => overlap(mention, link))
      .map(
        (mention) =>
          mention.entity ??
          (mention.new ? `new ${mention.new.type} "${mention.new.name}"` : `ambiguous [${mention.ambiguous?.join(', ')}]`),
      );
    wrong.push(`"${link.text}" @${link.start} -> ${link.entityId}; gold: ${goldThere.join('; ') || 'not a mention'}`);
  });
  const goldEntities = new Set(known.map((mention) => mention.entity!));
  const linkedEntities = new Set(resolution.links.map((link) => link.entityId));
  for (const id of linkedEntities)
    if (goldEntities.has(id)) counts.entityTp += 1;
    else counts.entityFp += 1;
  for (const id of goldEntities) if (!linkedEntities.has(id)) counts.entityFn += 1;

  const fresh = gold.filter((mention) => mention.new);
  counts.newGold = fresh.length;
  counts.newProposed = resolution.candidates.length;
  const usedCandidates = new Set<number>();
  for (const mention of fresh) {
    const at = resolution.candidates.findIndex((candidate, index) => !usedCandidates.has(index) && overlap(candidate, mention));
    if (at < 0) {
      const there = resolution.links.filter((link) => overlap(link, mention)).map((link) => `linked "${link.text}" -> ${link.entityId}`);
      newMisses.push(`"${mention.surface}" @${mention.start} ${mention.new!.type}: ${there.join('; ') || 'nothing'}`);
      continue;
    }
    usedCandidates.add(at);
    counts.newMatched += 1;
    const candidate = resolution.candidates[at]!;
    if (candidate.type === mention.new!.type) counts.newTyped += 1;
    else mistyped.push(`"${candidate.surface}" proposed ${candidate.type}, gold ${mention.new!.type}`);
  }
  counts.candidatesMatched = usedCandidates.size;
  resolution.candidates.forEach((candidate, index) => {
    if (usedCandidates.has(index) || gold.some((mention) => mention.new && overlap(mention, candidate))) return;
    const there = gold
      .filter((mention) => overlap(mention, candidate))
      .map((mention) => mention.entity ?? `ambiguous [${mention.ambiguous?.join(', ')}]`);
    extra.push(`"${candidate.surface}" @${candidate.start} ${candidate.type}; gold: ${there.join('; ') || 'not a mention'}`);
  });
  for (const mention of gold.filter((item) => item.ambiguous)) {
    counts.ambiguousGold += 1;
    if (resolution.links.some((link) => overlap(link, mention))) counts.guessed += 1;
  }
  return { counts, misses, wrong, mistyped, newMisses, extra };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export interface Rates {
  spanPrecision: number;
  spanRecall: number;
  entityPrecision: number;
  entityRecall: number;
  newRecall: number;
  newPrecision: number;
  newTypeAccuracy: number;
  newProposedWithRightType: number;
  guessed: number;
}

export function ratesOf(counts: Counts): Rates {
  return {
    spanPrecision: ratio(counts.spanTp, counts.spanTp + counts.spanFp),
    spanRecall: ratio(counts.spanTp, counts.spanTp + counts.spanFn),
    entityPrecision: ratio(counts.entityTp, counts.entityTp + counts.entityFp),
    entityRecall: ratio(counts.entityTp, counts.entityTp + counts.entityFn),
    newRecall: ratio(counts.newMatched, counts.newGold),
    newPrecision: ratio(counts.candidatesMatched, counts.newProposed),
    newTypeAccuracy: ratio(counts.newTyped, counts.newMatched),
    newProposedWithRightType: ratio(counts.newTyped, counts.newGold),
    guessed: counts.guessed,
  };
}
