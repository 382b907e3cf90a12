/**
 * Dates are ISO strings at their precision ("2024", "2024-04", "2024-04-30"). To compare them,
 * a date stands for the interval it covers: its first day and its last day, as "YYYY-MM-DD"
 * strings (every month is given a 31st: only order matters); store/fragments.ts does the same in Cypher.
 */
import type { DatePrecision } from '../__generated__/graphql';

export function firstDayKey(date: string): string {
  return date + '0000-01-01'.slice(date.length);
}

export function lastDayKey(date: string): string {
  return date + '0000-12-31'.slice(date.length);
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar date at its precision: "2024", "2024-04" or "2024-04-30" (not "2024-02-30"). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  if (value.length < 10) return true;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** The precision an ISO date is written at. */
export function precisionOf(isoDate: string): DatePrecision {
  return isoDate.length === 4 ? 'YEAR' : isoDate.length === 7 ? 'MONTH' : 'DAY';
}
