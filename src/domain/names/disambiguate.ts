/**
 * Which of the entities a span's words could name it does name, read from the document: the
 * ordinal or year it writes, the parties it or the document names, how far an event's date lies
 * from the document's, and what else the document names that the graph relates to each candidate.
 * An event named without its ordinal or year is a series; it is linked to one meeting only when
 * the dates place it there. A candidate whose parties the document never names is not linked. A clear winner is linked; a close call is left ambiguous with its
 * candidates, never guessed; no plausible candidate leaves the span to new-name proposal, with the
 * candidates as possible matches.
 */
import type { FormMatch } from './formMatches';
import { daysApart } from './isoDates';
import { relatedSetOf, type NameIndex } from './nameIndex';
import type { NameShape } from './nameShape';
import type { Explanation, ScoredMatch } from './types';

export interface DocumentContext {
  publishedAt?: string | null;
  /** Countries and blocs the document names anywhere. */
  parties: Set<string>;
  /** Entities the document names unambiguously (first reading). */
  named: Set<string>;
}

export type Decision =
  { kind: 'link'; match: ScoredMatch } | { kind: 'ambiguous'; matches: ScoredMatch[] } | { kind: 'none'; matches: ScoredMatch[] };

const SOURCE_SCORE: Record<string, number> = {
  name: 1,
  alias: 0.95,
  'country name': 0.95,
  'other language': 0.95,
  'document alias': 0.9,
  acronym: 0.9,
  'short form': 0.8,
};
/** The winner must lead the runner-up by this much; closer calls are ambiguous. */
export const MARGIN = 0.25;
const NEAR_DAYS = 120;

function dateFeature(days: number): Explanation {
  if (days <= 14) return { feature: 'date', score: 0.3, detail: `${days} days from the document's date` };
  if (days <= 45) return { feature: 'date', score: 0.2, detail: `${days} days from the document's date` };
  if (days <= NEAR_DAYS) return { feature: 'date', score: 0.1, detail: `${days} days from the document's date` };
  if (days <= 400) return { feature: 'date', score: 0, detail: `${days} days from the document's date` };
  return { feature: 'date', score: -0.3, detail: `${days} days from the document's date: another edition?` };
}

function scoreOne(
  match: FormMatch,
  shape: NameShape,
  context: DocumentContext,
  index: NameIndex,
): { scored: ScoredMatch; linkable: boolean } {
  const entity = index.entities.get(match.form.entityId)!;
  const form = match.form;
  const explanation: Explanation[] = [];
  const base = match.tier === 'words' ? 0.75 : match.tier === 'stems' ? 0.8 : (SOURCE_SCORE[form.source] ?? 0.9);
  const how = { exact: 'same words as', stems: 'same word stems as', words: 'the content words, in another order, of' }[match.tier];
  explanation.push({
    feature: 'name',
    score: base,
    detail: `${how} the ${form.source} "${form.form}"`,
  });
  let verified = false;
  if (shape.ordinal !== undefined && form.shape.ordinal === shape.ordinal) {
    explanation.push({ feature: 'ordinal', score: 0.2, detail: `ordinal ${shape.ordinal} matches` });
    verified = true;
  } else if (shape.ordinal !== undefined)
    explanation.push({ feature: 'ordinal', score: -0.1, detail: `the text says ordinal ${shape.ordinal}; the graph's name has none` });
  if (shape.year !== undefined && form.shape.year === shape.year) {
    explanation.push({ feature: 'year', score: 0.2, detail: `year ${shape.year} matches` });
    verified = true;
  }
  if (shape.yearAfter !== undefined && entity.date?.startsWith(String(shape.yearAfter))) {
    explanation.push({ feature: 'year', score: 0.2, detail: `"in ${shape.yearAfter}" after the name matches the entity's date` });
    verified = true;
  }
  const parties = index.partiesOf.get(entity.id) ?? form.shape.parties;
  // A document that names no country or bloc at all says nothing about parties.
  const missing =
    context.parties.size === 0 && shape.parties.length === 0
      ? []
      : parties.filter((party) => !shape.parties.includes(party) && !context.parties.has(party));
  if (parties.length > 0 && missing.length === 0)
    explanation.push({ feature: 'parties', score: 0.1, detail: `the document names ${parties.join(', ')}` });
  if (missing.length > 0) explanation.push({ feature: 'parties', score: -0.5, detail: `the document never names ${missing.join(', ')}` });
  let dateNear = false;
  if (entity.type === 'EVENT' && entity.date && context.publishedAt) {
    const days = daysApart(entity.date, context.publishedAt);
    if (days !== undefined) {
      explanation.push(dateFeature(days));
      dateNear = days <= NEAR_DAYS;
    }
  }
  const related = relatedNamed(entity.id, context, index);
  if (related.length > 0) {
    explanation.push({
      feature: 'context',
      score: Math.round(Math.min(0.2, 0.05 * related.length) * 100) / 100,
      detail: `the document also names ${related.slice(0, 5).join(', ')}`,
    });
  }
  const score = Math.round(explanation.reduce((sum, item) => sum + item.score, 0) * 1000) / 1000;
  // A dated event named without ordinal or year is linked only when the dates place it.
  const linkable = !(entity.type === 'EVENT' && entity.date && !verified && !dateNear) && missing.length === 0;
  return { scored: { entityId: entity.id, name: entity.name, score, explanation }, linkable };
}

/** At most this many candidates are listed for an ambiguous mention or a new name ("Kim" may be hundreds of people). */
export const MAX_CANDIDATES = 10;

/**
 * What the document names that the graph relates to an entity. A hub (the EU, with tens of
 * thousands of related entities in a large graph) is checked the other way round, against a set
 * of its related ids, so a mention of it costs what the document names, not what the hub touches.
 */
function relatedNamed(id: string, context: DocumentContext, index: NameIndex): string[] {
  if (index.related.countOf(id) <= 256) return index.related.idsOf(id).filter((other) => context.named.has(other));
  const set = relatedSetOf(index, id);
  return [...context.named].filter((other) => set.has(other));
}

export function disambiguate(matches: FormMatch[], shape: NameShape, context: DocumentContext, index: NameIndex): Decision {
  const best = new Map<string, { scored: ScoredMatch; linkable: boolean }>();
  for (const match of matches) {
    const result = scoreOne(match, shape, context, index);
    const previous = best.get(result.scored.entityId);
    if (!previous || previous.scored.score < result.scored.score) best.set(result.scored.entityId, result);
  }
  const all = [...best.values()].sort((a, b) => b.scored.score - a.scored.score);
  const linkable = all.filter((item) => item.linkable);
  if (linkable.length === 0) return { kind: 'none', matches: all.slice(0, MAX_CANDIDATES).map((item) => item.scored) };
  const [first, second] = linkable;
  if (!second || first!.scored.score - second.scored.score >= MARGIN) return { kind: 'link', match: first!.scored };
  return { kind: 'ambiguous', matches: linkable.slice(0, MAX_CANDIDATES).map((item) => item.scored) };
}
