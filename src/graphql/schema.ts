/**
 * The executable schema: the SDL of schema/*.graphql with our resolvers. Apollo serves it over
 * HTTP (apollo.ts) and graphql-ws serves its subscriptions over WebSocket (subscriptions.ts): one
 * schema object, so both transports answer the same contract.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers';
import { readTypeDefs } from './typeDefs';

export function createSchema(typeDefs: string = readTypeDefs()): GraphQLSchema {
  return makeExecutableSchema({ typeDefs, resolvers });
}
