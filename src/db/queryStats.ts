/** Per-request counters, so tests and logs can see how many round trips a request cost. */
export interface QueryStats {
  roundTrips: number;
}

/**
 * Where a profiling view of the database (Database.withProfile) adds the db hits of every
 * statement it runs: PROFILE's count of storage operations, a measure of a query's work that,
 * unlike its time, is the same on every run (the bench's regression guard, bench/dbHits.ts).
 */
export interface DbHitsSink {
  dbHits: number;
}
