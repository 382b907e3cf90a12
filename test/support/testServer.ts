/**
 * Test access to the real Neo4j that globalSetup prepared, and to the real Apollo server
 * (driven through executeOperation, with the same context the HTTP layer builds).
 */
import type { ApolloServer, GraphQLRequest } from '@apollo/server';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { createApolloServer } from '../../src/graphql/apollo';
import type { EditorToken, NamedToken } from '../../src/config';
import { callerOf } from '../../src/graphql/auth';
import { createRequestContext, type RequestContext } from '../../src/graphql/context';

/** The editor tokens tests use (the server under test is configured with these). */
export const TEST_EDITORS: EditorToken[] = [
  { name: 'alice-test', token: 'alice-test-token-0123456789' },
  { name: 'bob-test', token: 'bob-test-token-0123456789' },
];
export const ALICE = `Bearer ${TEST_EDITORS[0]!.token}`;
/** The read-only tokens tests use: every query, `history` included, and no mutation. */
export const TEST_READERS: NamedToken[] = [{ name: 'carol-reader', token: 'carol-reader-token-0123456789' }];
export const CAROL_READER = `Bearer ${TEST_READERS[0]!.token}`;

export function connectTestDatabase(): Database {
  const config = loadConfig();
  return Database.connect({ ...config.neo4j, uri: config.neo4j.uri as string, password: config.neo4j.password ?? '' });
}

export interface GraphQLTestResult<T> {
  data: T | null | undefined;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
  roundTrips: number;
}

/** Request headers a test can set: Authorization, and Idempotency-Key for mutations. */
export interface QueryOptions {
  authorization?: string;
  idempotencyKey?: string;
}

export interface TestServer {
  db: Database;
  apollo: ApolloServer<RequestContext>;
  /** Runs an operation; `authorization` is the Authorization header's value, if any. */
  query<T = Record<string, any>>(
    query: string,
    variables?: GraphQLRequest['variables'],
    options?: QueryOptions,
  ): Promise<GraphQLTestResult<T>>;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const db = connectTestDatabase();
  const apollo = createApolloServer({ logger: createLogger('silent'), production: false });
  await apollo.start();
  return {
    db,
    apollo,
    async query<T>(query: string, variables?: GraphQLRequest['variables'], options: QueryOptions = {}) {
      const context = createRequestContext(db, 'test', callerOf(options.authorization, TEST_EDITORS, TEST_READERS), options.idempotencyKey);
      const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return {
        data: response.body.singleResult.data as T | null | undefined,
        errors: response.body.singleResult.errors as GraphQLTestResult<T>['errors'],
        roundTrips: context.stats.roundTrips,
      };
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}
