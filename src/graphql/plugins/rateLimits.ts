/**
 * Mutation and read limits per client (config.ts RateLimits), checked once the operation is
 * known (so a persisted query sent by hash alone is counted as what it is). The counting is the
 * HTTP layer's (http/rateLimits.ts, @fastify/rate-limit), reached through the context; a
 * context without a limiter (executeOperation in tests) is not limited.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { rateLimited } from '../../errors';
import type { RequestContext } from '../context';

export function rateLimitsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { rateLimit, caller } = contextValue as Partial<RequestContext>;
          if (!rateLimit || !caller) return;
          const mutation = operation?.operation === 'mutation';
          const wait = await rateLimit(mutation ? 'mutation' : 'read', caller);
          if (wait !== undefined) throw rateLimited(mutation ? 'mutations' : 'queries', wait);
        },
      };
    },
  };
}
