/** Per-request counters, so tests and logs can see how many round trips a request cost. */
export interface QueryStats {
  roundTrips: number;
}
