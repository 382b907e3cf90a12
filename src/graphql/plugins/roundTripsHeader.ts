/**
 * Tells the caller what a request cost in Cypher: `x-cypher-round-trips` on every GraphQL
 * response (the benchmark reads it; a client can watch for N+1 regressions). The count comes
 * from the request's Database view (db/database.ts), not from resolvers.
 *
 * A hook that throws turns the whole response into Apollo's bare 500, so a context without
 * counters (a wiring mistake: @as-integrations/fastify's default context is `{}`, which made
 * `{ __typename }` answer 500 in the first Fastify draft) gets no header rather than a 500.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';

export const ROUND_TRIPS_HEADER = 'x-cypher-round-trips';

export function roundTripsHeaderPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const roundTrips = (contextValue as Partial<RequestContext>).stats?.roundTrips;
          if (roundTrips !== undefined) response.http.headers.set(ROUND_TRIPS_HEADER, String(roundTrips));
        },
      };
    },
  };
}
