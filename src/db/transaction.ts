/**
 * A write transaction as the store layer sees it: named queries in, plain rows out. Wraps the
 * driver's managed transaction so every statement carries its name, has its parameters
 * converted at the one boundary (cypherValues.ts) and counts as one round trip.
 */
import type { ManagedTransaction, ProfiledPlan } from 'neo4j-driver';
import { recordsOf, toCypherValue } from './cypherValues';
import { cypherOf, type NamedQuery, type Params, type Row } from './namedQuery';
import type { DbHitsSink, QueryStats } from './queryStats';

export interface Transaction {
  run<R extends Row = Row>(query: NamedQuery, params?: Params): Promise<R[]>;
}

/** The db hits of a profiled plan: its operator's and all of its children's. */
export function dbHitsOf(plan: ProfiledPlan | false | undefined): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHitsOf(child), 0);
}

/** `profile`: run every statement under PROFILE and add its db hits there. */
export function transactionOf(tx: ManagedTransaction, stats: QueryStats | undefined, profile?: DbHitsSink): Transaction {
  return {
    async run<R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> {
      if (stats) stats.roundTrips += 1;
      const result = await tx.run<R>(profile ? `PROFILE ${cypherOf(query)}` : cypherOf(query), toCypherValue(params) as Params);
      if (profile) profile.dbHits += dbHitsOf(result.summary.profile);
      return recordsOf(result);
    },
  };
}
