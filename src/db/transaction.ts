/**
 * A write transaction as the store layer sees it: named queries in, plain rows out. Wraps the
 * driver's managed transaction so every statement carries its name, has its parameters
 * converted at the one boundary (cypherValues.ts) and counts as one round trip.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { recordsOf, toCypherValue } from './cypherValues';
import { cypherOf, type NamedQuery, type Params, type Row } from './namedQuery';
import type { QueryStats } from './queryStats';

export interface Transaction {
  run<R extends Row = Row>(query: NamedQuery, params?: Params): Promise<R[]>;
}

export function transactionOf(tx: ManagedTransaction, stats: QueryStats | undefined): Transaction {
  return {
    async run<R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> {
      if (stats) stats.roundTrips += 1;
      return recordsOf(await tx.run<R>(cypherOf(query), toCypherValue(params) as Params));
    },
  };
}
