/**
 * Periods named in a question: "in 2025", "in May 2022", "on 13 May 2025", "May 13th, 2025",
 * "early May 2024", "between April and June 2024", "from March to May 2024". A period is a pair
 * of inclusive day keys (domain/dates.ts), so it compares with a fact's date at any precision.
 * A day or month without a year is no period: the graph's dates all carry one.
 */
import { firstDayKey, lastDayKey } from '../dates';
import { MONTH_NAMES } from '../names/nameShape';
import type { Period } from './types';

/** Month names, January first. */
export const MONTHS = MONTH_NAMES;
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const PART = '(early|late|mid|mid-|the beginning of|the start of|the end of|beginning of|start of|end of)?\\s*';

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

function partOfMonth(part: string | undefined): [number, number] {
  const p = (part ?? '').toLowerCase();
  if (p.startsWith('early') || p.includes('beginning') || p.includes('start')) return [1, 10];
  if (p.startsWith('mid')) return [11, 20];
  if (p.startsWith('late') || p.includes('end')) return [21, 31];
  return [1, 31];
}

const PATTERNS: Array<{ regex: RegExp; read: (m: RegExpExecArray) => { from: string; to: string } }> = [
  {
    // between April and June 2024 / from March to May 2024 / between April 2024 and June 2024
    regex: new RegExp(`\\b(?:between|from)\\s+${MONTH}(?:\\s+${YEAR})?\\s+(?:and|to|until|-)\\s+${MONTH}\\s+${YEAR}\\b`, 'i'),
    read: (m) => {
      const year2 = m[4]!;
      const year1 = m[2] ?? year2;
      return { from: `${year1}-${pad(monthNumber(m[1]!))}-01`, to: `${year2}-${pad(monthNumber(m[3]!))}-31` };
    },
  },
  {
    // between 2023 and 2025
    regex: new RegExp(`\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|until|-)\\s+${YEAR}\\b`, 'i'),
    read: (m) => ({ from: `${m[1]}-01-01`, to: `${m[2]}-12-31` }),
  },
  {
    // 13 May 2025 / 2-3 May 2024
    regex: new RegExp(`\\b${DAY}(?:\\s*-\\s*${DAY})?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'i'),
    read: (m) => {
      const month = pad(monthNumber(m[3]!));
      return { from: `${m[4]}-${month}-${pad(Number(m[1]))}`, to: `${m[4]}-${month}-${pad(Number(m[2] ?? m[1]))}` };
    },
  },
  {
    // May 13th, 2025
    regex: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'),
    read: (m) => {
      const day = `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(Number(m[2]))}`;
      return { from: day, to: day };
    },
  },
  {
    // (early) May 2024
    regex: new RegExp(`\\b${PART}${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, 'i'),
    read: (m) => {
      const [first, last] = partOfMonth(m[1]);
      const month = pad(monthNumber(m[2]!));
      return { from: `${m[3]}-${month}-${pad(first)}`, to: `${m[3]}-${month}-${pad(last)}` };
    },
  },
  {
    // (early) 2024
    regex: new RegExp(`\\b(early|late|the beginning of|the end of)?\\s*${YEAR}\\b`, 'i'),
    read: (m) => {
      const p = (m[1] ?? '').toLowerCase();
      if (p.startsWith('early') || p.includes('beginning')) return { from: `${m[2]}-01-01`, to: `${m[2]}-04-31` };
      if (p.startsWith('late') || p.includes('end')) return { from: `${m[2]}-09-01`, to: `${m[2]}-12-31` };
      return { from: `${m[2]}-01-01`, to: `${m[2]}-12-31` };
    },
  },
];

/** The first period the text names, or null. `text` is the words it was read from. */
export function findPeriod(text: string): Period | null {
  for (const { regex, read } of PATTERNS) {
    const match = regex.exec(text);
    if (match) return { ...read(match), text: match[0].trim() };
  }
  return null;
}

/**
 * Whether a fact's date answers for the period: the date lies inside it ("2024-05-02" in May
 * 2024), or the period lies inside a date finer than a year ("early May 2024" in "2024-05"). A
 * year ("2023") does not answer for a month of it: the graph cannot tell which month.
 */
export function dateFallsIn(period: Period, date: string, endDate: string | null = null): boolean {
  const first = firstDayKey(date);
  const last = lastDayKey(endDate ?? date);
  if (first >= period.from && last <= period.to) return true;
  return date.length > 4 && period.from >= first && period.to <= last;
}
