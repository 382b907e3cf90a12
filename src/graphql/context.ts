/** What every resolver receives: the request's graph access, its loaders and its counters. */
import type { Database } from '../db/database';
import type { QueryStats } from '../db/queryStats';
import { createLoaders, type Loaders } from './loaders/createLoaders';
import type { EditorToken } from '../config';
import { forbidden, unauthenticated } from '../errors';
import { callerOf, type Caller } from './auth';

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
  /** When true, reads need an editor token too (by default reads are open). */
  readsRequireToken: boolean;
}

/** The per-request context builder the HTTP layer calls with each request's headers. */
export function createContextFactory({ db, editors, readsRequireToken }: ContextOptions) {
  return async ({ requestId, headers }: { requestId: string; headers: { get(name: string): string | undefined } }) => {
    const caller = callerOf(headers.get('authorization'), editors);
    if (readsRequireToken && caller.kind !== 'editor') throw caller.kind === 'anonymous' ? unauthenticated() : forbidden();
    return createRequestContext(db, requestId, caller);
  };
}
