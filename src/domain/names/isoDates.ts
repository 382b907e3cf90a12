/** ISO dates at their precision as day ranges, and how far apart two of them are. */
const DAY = 86_400_000;

export function dayRange(iso: string): [number, number] | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[3]) {
    const day = Date.UTC(year, Number(match[2]) - 1, Number(match[3]));
    return [day, day];
  }
  if (match[2]) return [Date.UTC(year, Number(match[2]) - 1, 1), Date.UTC(year, Number(match[2]), 1) - DAY];
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1) - DAY];
}

/** Days between two dates' ranges, 0 when they overlap ("2024-04" and "2024-04-30"). */
export function daysApart(a: string, b: string): number | undefined {
  const first = dayRange(a);
  const second = dayRange(b);
  if (!first || !second) return undefined;
  const gap = Math.max(first[0] - second[1], second[0] - first[1], 0);
  return Math.round(gap / DAY);
}
