import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../logger';
import type { RequestContext } from '../context';

/**
 * Logs each operation with its duration and the Cypher round trips it cost. Never throws: a
 * throwing hook turns the response into a 500 (see roundTripsHeader.ts).
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const context = contextValue as Partial<RequestContext>;
      const began = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          logger.info(
            {
              requestId: context.requestId ?? null,
              operationName: operationName ?? null,
              ms: Math.round((performance.now() - began) * 10) / 10,
              roundTrips: context.stats?.roundTrips ?? null,
              errorCodes: errors?.map((error) => error.extensions?.code ?? 'UNKNOWN'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
