import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../logger';
import type { RequestContext } from '../context';

/** Logs each operation with its duration and the Cypher round trips it cost. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const began = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              ms: Math.round((performance.now() - began) * 10) / 10,
              roundTrips: contextValue.stats.roundTrips,
              errorCodes: errors?.map((error) => error.extensions?.code ?? 'UNKNOWN'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
