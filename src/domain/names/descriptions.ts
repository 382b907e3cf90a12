/** Definite descriptions in a text resolved to their antecedents (the rules are in definites.ts). */
import { definiteAt, headOf, type Antecedent } from './definites';
import { disambiguate, type Decision, type DocumentContext } from './disambiguate';
import { formMatches } from './formMatches';
import { daysApart } from './isoDates';
import { coverage, overlaps, type Mention } from './mention';
import type { NameIndex } from './nameIndex';
import { shapeOf, type NameShape } from './nameShape';
import { ordinalValue } from './ordinals';
import type { TextReading, Word } from './readText';
import type { ScoredMatch } from './types';
import { normalWords } from './wordForms';

const DETERMINER_WORDS = new Set(['the', 'this', 'that', 'these', 'those']);

const ANTECEDENT_WINDOW = 200;

// Words a definite description starts with (definites.ts reads the rest).
const DESCRIPTION_STARTS = new Set([...DETERMINER_WORDS, 'todays', 'today’s', "today's", 'their', 'its', 'our']);

function antecedentOf(mention: Mention, reading: TextReading, index: NameIndex): Antecedent | undefined {
  const surfaceWords = normalWords(reading.text.slice(mention.start, mention.end));
  const heads = (...names: string[][]) => names.map((words) => headOf(words)).filter((head): head is string => head !== undefined);
  if (mention.decision.kind === 'link') {
    const entity = index.entities.get(mention.decision.match.entityId)!;
    const shape = shapeOf(normalWords(entity.name), index.parties);
    const antecedent: Antecedent = {
      start: mention.start,
      heads: heads(normalWords(entity.name), surfaceWords),
      type: entity.type,
      entityId: entity.id,
      base: shape.base,
    };
    if (shape.ordinal !== undefined) antecedent.ordinal = shape.ordinal;
    return antecedent;
  }
  if (mention.decision.kind === 'none' && mention.type) {
    const antecedent: Antecedent = {
      start: mention.start,
      heads: heads(surfaceWords),
      type: mention.type,
      candidateStart: mention.sameAs ?? mention.start,
    };
    const shape = mention.shape ?? shapeOf(surfaceWords, index.parties);
    if (shape.ordinal !== undefined) antecedent.ordinal = shape.ordinal;
    antecedent.base = shape.base;
    return antecedent;
  }
  return undefined;
}

export function resolveDefinites(mentions: Mention[], reading: TextReading, index: NameIndex, context: DocumentContext): Mention[] {
  const words = reading.words;
  let result = [...mentions];
  // A capitalised description ("the Letter of Intent") may have been proposed as a new name; an
  // antecedent, when there is one, is the better reading.
  const describable = (mention: Mention) =>
    mention.decision.kind === 'none' &&
    !mention.silent &&
    mention.sameAs === undefined &&
    DETERMINER_WORDS.has(words[mention.first - 1]?.text.toLowerCase() ?? '');
  const covered = coverage(
    words.length,
    result.filter((mention) => !describable(mention)),
  );
  const sorted = [...result].sort((a, b) => a.start - b.start);
  const antecedents: Antecedent[] = [];
  const removed = new Set<Mention>();
  let pending = 0;
  for (let at = 0; at < words.length; at += 1) {
    if (covered[at]) continue;
    if (!DESCRIPTION_STARTS.has(words[at]!.text.toLowerCase())) continue;
    while (pending < sorted.length && sorted[pending]!.start < words[at]!.start) {
      const antecedent = removed.has(sorted[pending]!) ? undefined : antecedentOf(sorted[pending]!, reading, index);
      if (antecedent) antecedents.push(antecedent);
      pending += 1;
    }
    // The nearest antecedents are the ones a description can mean: a window keeps long texts linear.
    const earlier = antecedents.slice(-ANTECEDENT_WINDOW);
    const isToday = (antecedent: Antecedent) => {
      const date = antecedent.entityId ? index.entities.get(antecedent.entityId)?.date : undefined;
      const days = date && context.publishedAt ? daysApart(date, context.publishedAt) : undefined;
      return days !== undefined && days <= 1;
    };
    const description = definiteAt(words, at, covered, earlier, isToday);
    if (!description) continue;
    const replaced = result.filter((mention) => describable(mention) && overlaps(mention, description));
    // "the Letter of Intent": the description spans the whole name after its article.
    if (replaced.length === 1 && replaced[0]!.first === description.first + 1) description.last = replaced[0]!.last;
    if (replaced.some((mention) => mention.first <= description.first || mention.last !== description.last)) continue;
    if (replaced.length > 0 && !antecedentNames(replaced[0]!, description.antecedent.entityId, reading, index)) continue;
    result = result.filter((mention) => !replaced.includes(mention));
    for (const mention of replaced) removed.add(mention);
    const before = result.length;
    // "the next Council" counts from the highest-numbered council the text named before.
    const numbered = earlier
      .filter((item) => item.heads.includes(description.head) && item.ordinal !== undefined)
      .sort((a, b) => b.ordinal! - a.ordinal!);
    const antecedent = description.next ? (numbered[0] ?? description.antecedent) : description.antecedent;
    const base = {
      first: description.first,
      last: description.last,
      start: words[description.first]!.start,
      end: words[description.last]!.end,
    };
    const detail = `refers back to "${reading.text.slice(antecedent.start, antecedent.start + 80).split(/[,.;\n]/)[0]}" (head "${description.head}")`;
    // "the first meeting of the council": the series member of that ordinal, not the council named before.
    const ordinalOf = ordinalMeetingOf(words, description.first);
    if (ordinalOf !== undefined && !description.next && antecedent.ordinal !== ordinalOf.ordinal) {
      const start = ordinalOf.first;
      const whole = { ...base, first: start, start: words[start]!.start };
      if (result.some((mention) => mention.last >= start && mention.first < description.first)) continue;
      const shape: NameShape = { base: antecedent.base ?? '', baseWords: [], parties: [], ordinal: ordinalOf.ordinal };
      const decision = antecedent.base ? disambiguate(formMatches(shape, 'Ordinal', index), shape, context, index) : undefined;
      const verified =
        decision?.kind === 'link' && decision.match.explanation.some((item) => item.feature === 'ordinal' && item.score > 0)
          ? decision
          : undefined;
      if (verified) result.push({ ...whole, decision: verified });
      else
        result.push({
          ...whole,
          decision: { kind: 'none', matches: [] },
          type: antecedent.type,
          name: reading.text.slice(whole.start, whole.end),
        });
      for (let k = start; k <= description.last; k += 1) covered[k] = true;
      continue;
    }
    if (description.next) {
      // "the next Council": the series member after the one named before.
      if (antecedent.ordinal === undefined || !antecedent.base) continue;
      const shape: NameShape = { base: antecedent.base, baseWords: [], parties: [], ordinal: antecedent.ordinal + 1 };
      const previous = antecedent.entityId ? (index.entities.get(antecedent.entityId)?.date ?? undefined) : undefined;
      const decision = nextInSeries(disambiguate(formMatches(shape, 'Next', index), shape, context, index), previous, index, context);
      if (!decision) {
        // Still a mention of the series' next member, which the graph lacks: a candidate.
        const surface = reading.text.slice(words[description.first + 1]!.start, base.end);
        result.push({ ...base, decision: { kind: 'none', matches: [] }, type: antecedent.type, name: surface });
        for (let k = description.first; k <= description.last; k += 1) covered[k] = true;
        continue;
      }
      decision.match.explanation.push({ feature: 'definite', score: 0, detail: `the one after ordinal ${antecedent.ordinal}` });
      result.push({ ...base, decision });
    } else if (antecedent.entityId) {
      const entity = index.entities.get(antecedent.entityId)!;
      result.push({
        ...base,
        decision: {
          kind: 'link',
          match: { entityId: entity.id, name: entity.name, score: 0.85, explanation: [{ feature: 'definite', score: 0.85, detail }] },
        },
      });
    } else {
      const target = result.find((mention) => mention.start === antecedent.candidateStart);
      result.push({
        ...base,
        decision: { kind: 'none', matches: [] },
        type: antecedent.type,
        name: target?.name ?? reading.text.slice(base.start, base.end),
        sameAs: antecedent.candidateStart!,
      });
    }
    for (let k = description.first; k <= description.last; k += 1) covered[k] = true;
    // What a description resolved to is an antecedent for the next ("This upcoming gathering").
    for (const added of result.slice(before)) {
      const antecedent = antecedentOf(added, reading, index);
      if (antecedent) antecedents.push(antecedent);
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/** "first meeting of the council": the ordinal and where it starts, for a description at `first`. */
function ordinalMeetingOf(words: Word[], first: number): { ordinal: number; first: number } | undefined {
  if (
    words[first - 1]?.text.toLowerCase() !== 'of' ||
    !['meeting', 'session', 'edition'].includes(words[first - 2]?.text.toLowerCase() ?? '')
  )
    return undefined;
  const ordinal = ordinalValue(words[first - 3]?.text ?? '');
  return ordinal === undefined ? undefined : { ordinal, first: first - 3 };
}

/** Whether a capitalised description's words all belong to its antecedent's name ("Letter of Intent"). */
function antecedentNames(candidate: Mention, entityId: string | undefined, reading: TextReading, index: NameIndex): boolean {
  if (!entityId) return false;
  const own = new Set(normalWords(index.entities.get(entityId)!.name));
  return normalWords(reading.text.slice(candidate.start, candidate.end)).every(
    (word) => own.has(word) || ['the', 'of', 'on', 'for'].includes(word),
  );
}

/**
 * The next meeting of a series: dated after the one named before (and after the document, when
 * there is no ordinal to go by), among the members the document's parties allow. One such member
 * is linked; none or several are not.
 */
function nextInSeries(
  decision: Decision,
  previous: string | undefined,
  index: NameIndex,
  context: DocumentContext,
): { kind: 'link'; match: ScoredMatch } | undefined {
  const matches = decision.kind === 'link' ? [decision.match] : decision.matches;
  const after = (match: ScoredMatch) => {
    const date = index.entities.get(match.entityId)?.date;
    const since = previous ?? context.publishedAt;
    return !!date && (!since || date > since);
  };
  const allowed = matches.filter(
    (match) => after(match) && !match.explanation.some((item) => item.feature === 'parties' && item.score < 0),
  );
  const verified = allowed.filter((match) => match.explanation.some((item) => item.feature === 'ordinal' && item.score > 0));
  const pick = verified.length === 1 ? verified : allowed;
  return pick.length === 1 ? { kind: 'link', match: pick[0]! } : undefined;
}
