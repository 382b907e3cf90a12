/**
 * Dates are ISO strings at their precision ("2024", "2024-04", "2024-04-30"). To compare them,
 * a date stands for the interval it covers: its first day and its last day, as "YYYY-MM-DD"
 * strings (every month is given a 31st: only order matters). The Cypher below does the same.
 */
export function firstDayKey(date: string): string {
  return date + '0000-01-01'.slice(date.length);
}

export function lastDayKey(date: string): string {
  return date + '0000-12-31'.slice(date.length);
}

/** Cypher expressions equal to firstDayKey / lastDayKey of a string expression. */
export const cypherFirstDay = (expression: string) => `(${expression} + substring('0000-01-01', size(${expression})))`;
export const cypherLastDay = (expression: string) => `(${expression} + substring('0000-12-31', size(${expression})))`;
