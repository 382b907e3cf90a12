/**
 * The cross-cutting Apollo plugins (request log, round-trip header) never fail a request: a
 * hook that throws turns any answer into a bare 500. The first Fastify draft handed Apollo an
 * empty context and `{ __typename }` answered 500 from the round-trip header plugin.
 */
import type { RequestContext } from '../../src/graphql/context';
import { createApolloServer } from '../../src/graphql/apollo';
import { createLogger } from '../../src/logger';

describe('the Apollo plugins', () => {
  it('answer { __typename } even when the context has no counters or request id', async () => {
    const apollo = createApolloServer({ logger: createLogger('silent'), production: true });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: '{ __typename }' }, { contextValue: {} as RequestContext });
      expect(response.http.status).toBeUndefined();
      expect(response.body.kind === 'single' && response.body.singleResult).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await apollo.stop();
    }
  });
});
