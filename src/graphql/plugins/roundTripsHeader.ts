/**
 * Tells the caller what a request cost in Cypher: `x-cypher-round-trips` on every GraphQL
 * response (the benchmark reads it; a client can watch for N+1 regressions). The count comes
 * from the request's Database view (db/database.ts), not from resolvers.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';

export const ROUND_TRIPS_HEADER = 'x-cypher-round-trips';

export function roundTripsHeaderPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set(ROUND_TRIPS_HEADER, String(contextValue.stats.roundTrips));
        },
      };
    },
  };
}
