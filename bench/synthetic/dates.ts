/** Random ISO dates at a random precision, 2015-2026, as the sources give them. */
import type { DatePrecision } from '../../src/__generated__/graphql';
import type { Random } from './random';
import { MONTHS } from './vocabulary';

export interface SyntheticDate {
  value: string;
  precision: DatePrecision;
}

const two = (value: number) => String(value).padStart(2, '0');

export function randomDate(random: Random): SyntheticDate {
  const year = 2015 + random.int(12);
  const roll = random.next();
  if (roll < 0.2) return { value: String(year), precision: 'YEAR' };
  const month = 1 + random.int(12);
  if (roll < 0.5) return { value: `${year}-${two(month)}`, precision: 'MONTH' };
  return { value: `${year}-${two(month)}-${two(1 + random.int(28))}`, precision: 'DAY' };
}

/** "in 2024", "in April 2024", "on 30 April 2024": how a sentence states the date. */
export function spokenDate(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return `in ${year ?? value}`;
  return day ? `on ${Number(day)} ${monthName} ${year}` : `in ${monthName} ${year}`;
}
