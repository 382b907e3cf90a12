/**
 * Subscriptions are served over WebSocket only (graphql-ws on /graphql, graphql/subscriptions.ts):
 * an HTTP request cannot stay open as a feed here. Left to Apollo, a subscription sent by POST
 * fails during execution and answers 200 with a masked INTERNAL_SERVER_ERROR; this refuses it
 * once the operation is known, before anything runs, with 400 OPERATION_NOT_SUPPORTED.
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
          throw new AppError(
            ErrorCode.OPERATION_NOT_SUPPORTED,
            'Subscriptions are served over WebSocket (graphql-ws, the graphql-transport-ws protocol) on /graphql, not over HTTP.',
            { http: { status: 400 } },
          );
        },
      };
    },
  };
}
