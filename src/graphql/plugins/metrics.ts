/**
 * Prometheus metrics of GraphQL requests (docs/http.md): count, latency and Cypher round trips
 * by operation name and type, and errors by extensions.code as the client saw them (after
 * formatError). Labels are bounded: an operation that did not parse or validate is `unknown`,
 * one without a name `anonymous`, and past the first MAX_OPERATION_NAMES names new ones are
 * `other`. Never throws (a throwing hook turns the response into a 500, see roundTripsHeader.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { Counter, Histogram } from 'prom-client';
import { cappedLabel, type Registry } from '../../metrics';
import type { RequestContext } from '../context';

export const MAX_OPERATION_NAMES = 100;
/** Codes are chosen by the server (formatError masks the rest), so few; the cap is a guard. */
const MAX_ERROR_CODES = 50;

const LABELS = ['operation_name', 'operation_type'] as const;

export function metricsPlugin(registry: Registry): ApolloServerPlugin<RequestContext> {
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests answered, by operation',
    labelNames: LABELS,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from the request reaching Apollo to its response, by operation',
    labelNames: LABELS,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const roundTrips = new Histogram({
    name: 'graphql_cypher_round_trips',
    help: 'Cypher round trips one request cost, by operation',
    labelNames: LABELS,
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code',
    labelNames: ['code'],
    registers: [registry],
  });
  const operationName = cappedLabel(MAX_OPERATION_NAMES);
  const errorCode = cappedLabel(MAX_ERROR_CODES);
  const countErrors = (list: readonly GraphQLFormattedError[] | undefined) => {
    for (const error of list ?? []) {
      const code = error.extensions?.code;
      errors.inc({ code: errorCode(typeof code === 'string' ? code : 'NONE') });
    }
  };

  return {
    // A context that throws (READS_REQUIRE_TOKEN, a rate limit) never starts a request.
    async contextCreationDidFail({ error }) {
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      errors.inc({ code: errorCode(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR') });
    },
    async requestDidStart() {
      const began = performance.now();
      return {
        async willSendResponse({ operation, operationName: name, response, contextValue }) {
          const labels = {
            operation_name: operation ? operationName(name ?? 'anonymous') : 'unknown',
            operation_type: operation?.operation ?? 'unknown',
          };
          requests.inc(labels);
          duration.observe(labels, (performance.now() - began) / 1000);
          const trips = (contextValue as Partial<RequestContext>).stats?.roundTrips;
          if (trips !== undefined) roundTrips.observe(labels, trips);
          if (response.body.kind === 'single') countErrors(response.body.singleResult.errors);
        },
      };
    },
  };
}
