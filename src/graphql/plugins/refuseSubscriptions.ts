/**
 * Subscriptions are not served: the schema has no Subscription type and the server no WebSocket
 * or SSE transport. Left to graphql-js, a subscription operation fails during execution and
 * answers 200 with a masked INTERNAL_SERVER_ERROR; this refuses it once the operation is known,
 * before anything runs, with 400 OPERATION_NOT_SUPPORTED.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, ErrorCode } from '../../errors';
import type { RequestContext } from '../context';

export function refuseSubscriptionsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new AppError(ErrorCode.OPERATION_NOT_SUPPORTED, 'Subscriptions are not supported: send a query or a mutation.', {
            http: { status: 400 },
          });
        },
      };
    },
  };
}
