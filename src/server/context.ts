/** What every resolver receives: the request's graph access, its loaders and its counters. */
import type { Database, QueryStats } from '../db/database';
import { createLoaders, type Loaders } from '../graph/loaders';

export interface RequestContext {
  requestId: string;
  db: Database;
  loaders: Loaders;
  stats: QueryStats;
}

export function createRequestContext(db: Database, requestId: string): RequestContext {
  const stats: QueryStats = { roundTrips: 0 };
  const counted = db.withStats(stats);
  return { requestId, db: counted, loaders: createLoaders(counted), stats };
}
