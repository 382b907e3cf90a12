/**
 * Temporal expressions of a sentence, anchored at the document's publication date (chrono-node):
 * "today", "On May 13th", "last month (26 March)", "in 2026". A bare year, which chrono leaves
 * alone, is read where no chrono expression covers it. Precision is what the text fixes (a relative day is no finer than
 * the publication date it is counted from); `inferred` is true when the year is not written.
 * Expressions that name only a time of day ("at 6") are not dates of facts and are dropped.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision, ProposalDate } from './types';

const YEAR_WRITTEN = /\b(?:19|20)\d{2}\b/;
const RELATIVE = /\b(?:today|tonight|yesterday|tomorrow|this|last|next|ago)\b/i;
const RANK: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/** A year standing alone ("in 2026", "since 2023"): chrono's filters drop a bare number. */
const BARE_YEAR = /\b(?:19|20)\d{2}\b/g;

/** "2025-05" -> its first instant in UTC, and the precision it was given at. */
export function anchorOf(publishedAt: string | null): { instant: Date; precision: DatePrecision } | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(publishedAt ?? '');
  if (!match) return null;
  const [, year, month, day] = match;
  const precision: DatePrecision = day ? 'DAY' : month ? 'MONTH' : 'YEAR';
  return { instant: new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1))), precision };
}

const pad = (value: number) => String(value).padStart(2, '0');

export function readDates(sentence: string, offset: number, publishedAt: string | null): ProposalDate[] {
  const anchor = anchorOf(publishedAt);
  const results = chrono.en.casual.parse(sentence, { instant: anchor?.instant ?? new Date(), timezone: 0 });
  const dates: ProposalDate[] = [];
  for (const result of results) {
    const known = result.start;
    const written: DatePrecision | null =
      known.isCertain('day') || known.isCertain('weekday')
        ? 'DAY'
        : known.isCertain('month')
          ? 'MONTH'
          : known.isCertain('year')
            ? 'YEAR'
            : null;
    if (written === null) continue;
    const inferred = !YEAR_WRITTEN.test(result.text);
    if (inferred && !anchor) continue;
    // "today" in an article dated only "2025" says no more than the year.
    const relative = inferred && (RELATIVE.test(result.text) || (known.isCertain('weekday') && !known.isCertain('day')));
    const capped = relative && anchor && RANK[anchor.precision] < RANK[written] ? anchor.precision : written;
    const year = known.get('year')!;
    const value =
      capped === 'YEAR'
        ? String(year)
        : capped === 'MONTH'
          ? `${year}-${pad(known.get('month')!)}`
          : `${year}-${pad(known.get('month')!)}-${pad(known.get('day')!)}`;
    const start = offset + result.index;
    dates.push({ value, precision: capped, inferred, expression: { start, end: start + result.text.length, text: result.text } });
  }
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const start = offset + match.index;
    const end = start + match[0].length;
    if (dates.some((date) => date.expression.start < end && start < date.expression.end)) continue;
    dates.push({ value: match[0], precision: 'YEAR', inferred: false, expression: { start, end, text: match[0] } });
  }
  return dates.sort((a, b) => a.expression.start - b.expression.start);
}
