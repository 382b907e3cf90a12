/** What every resolver receives: the request's graph access, its loaders and its counters. */
import type { Database } from '../db/database';
import type { QueryStats } from '../db/queryStats';
import { createLoaders, type Loaders } from './loaders/createLoaders';
import type { EditorToken, NamedToken } from '../config';
import { callerOf, requireReadToken, type Caller } from './auth';

export interface RequestContext {
  requestId: string;
  db: Database;
  loaders: Loaders;
  stats: QueryStats;
  caller: Caller;
}

export function createRequestContext(db: Database, requestId: string, caller: Caller = { kind: 'anonymous' }): RequestContext {
  const stats: QueryStats = { roundTrips: 0 };
  const counted = db.withStats(stats);
  return { requestId, db: counted, loaders: createLoaders(counted), stats, caller };
}

export interface ContextOptions {
  db: Database;
  editors: readonly EditorToken[];
  /** Read-only tokens (READER_TOKENS); none when absent. */
  readers?: readonly NamedToken[];
  /** When true, every request needs a reader or editor token (by default reads are open, `history` aside). */
  readsRequireToken: boolean;
}

/** The per-request context builder the HTTP layer calls with each request's headers. */
export function createContextFactory({ db, editors, readers = [], readsRequireToken }: ContextOptions) {
  return async ({ requestId, headers }: { requestId: string; headers: { get(name: string): string | undefined } }) => {
    const caller = callerOf(headers.get('authorization'), editors, readers);
    if (readsRequireToken) requireReadToken(caller);
    return createRequestContext(db, requestId, caller);
  };
}
