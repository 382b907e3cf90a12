/**
 * The cross-cutting Apollo plugins (request log, round-trip header, metrics, rate limits) never fail a request: a
 * hook that throws turns any answer into a bare 500. The first Fastify draft handed Apollo an
 * empty context and `{ __typename }` answered 500 from the round-trip header plugin.
 */
import type { RequestContext } from '../../src/graphql/context';
import { createApolloServer } from '../../src/graphql/apollo';
import { createLogger } from '../../src/logger';
import { createMetricsRegistry } from '../../src/metrics';

describe('the Apollo plugins', () => {
  it('answer { __typename } even when the context has no counters or request id', async () => {
    const metrics = createMetricsRegistry();
    const apollo = createApolloServer({ logger: createLogger('silent'), production: true, metrics });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: '{ __typename }' }, { contextValue: {} as RequestContext });
      expect(response.http.status).toBeUndefined();
      expect(response.body.kind === 'single' && response.body.singleResult).toEqual({ data: { __typename: 'Query' } });
      // Counted all the same, without round trips (there are no counters to read).
      expect(await metrics.getSingleMetricAsString('graphql_requests_total')).toMatch(
        /operation_name="anonymous",operation_type="query"\} 1$/m,
      );
      expect(await metrics.getSingleMetricAsString('graphql_cypher_round_trips')).not.toMatch(/_count/);
    } finally {
      await apollo.stop();
    }
  });
});
