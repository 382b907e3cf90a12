/**
 * The status and date filters a list of facts can take (an entity's relations, the entities with
 * such facts): which Cypher conditions on a fact `r` they add and the parameters those read. A
 * condition is written into a statement only when its filter is set, so an unfiltered list keeps
 * its statement (and its plan) unchanged; the values are always parameters.
 */
import type { FactStatus } from '../__generated__/graphql';
import { firstDayKey, lastDayKey } from '../domain/dates';
import { cypherFirstDay, cypherLastDay } from './fragments';

export interface FactFilter {
  /** Keep facts whose (strongest) status is one of these; null keeps every status. */
  statuses: FactStatus[] | null;
  /** Keep dated facts overlapping [from, to] (ISO dates at any precision); null on both keeps undated ones too. */
  from: string | null;
  to: string | null;
}

export const NO_FACT_FILTER: FactFilter = { statuses: null, from: null, to: null };

/** Which conditions a filter needs: what a statement's variant depends on (not the values). */
export interface FactFilterUse {
  status: boolean;
  period: boolean;
}

export function factFilterUse(filter: FactFilter): FactFilterUse {
  return { status: filter.statuses !== null, period: filter.from !== null || filter.to !== null };
}

/** The conditions on fact `r`, to be joined with AND (none when nothing is filtered). */
export function factConditions(use: FactFilterUse): string[] {
  return [
    use.status ? 'r.status IN $statuses' : null,
    use.period ? `r.date IS NOT NULL AND ${cypherLastDay('r.date')} >= $fromKey AND ${cypherFirstDay('r.date')} <= $toKey` : null,
  ].filter((condition): condition is string => condition !== null);
}

/** The parameters those conditions read; an open end of the period is the first or last day of all. */
export function factFilterParameters(filter: FactFilter): { statuses: FactStatus[] | null; fromKey: string; toKey: string } {
  return { statuses: filter.statuses, fromKey: firstDayKey(filter.from ?? '0000'), toKey: lastDayKey(filter.to ?? '9999') };
}
