/** Assembles the Apollo server: schema from SDL, thin resolvers, error masking, request logging. */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from '../logger';
import type { Registry } from '../metrics';
import type { RequestContext } from './context';
import { createFormatError } from './formatError';
import { createArmor, LIMITS } from './limits';
import { bookmarkHeaderPlugin } from './plugins/bookmarkHeader';
import { hideSuggestionsPlugin } from './plugins/hideSuggestions';
import { rootValueWithPrefetch } from './plugins/prefetchPlan';
import { metricsPlugin } from './plugins/metrics';
import { rateLimitsPlugin } from './plugins/rateLimits';
import { refuseSubscriptionsPlugin } from './plugins/refuseSubscriptions';
import { requestLogPlugin } from './plugins/requestLog';
import { roundTripsHeaderPlugin } from './plugins/roundTripsHeader';
import { createSchema } from './schema';
import { readTypeDefs } from './typeDefs';

export interface ApolloOptions {
  logger: Logger;
  production: boolean;
  /** Schema introspection; defaults to on in development, off in production. */
  introspection?: boolean;
  /** "Did you mean ...?" hints in validation errors; defaults to off in production. */
  fieldSuggestions?: boolean;
  /** The server's registry (src/metrics.ts): GraphQL metrics are registered on it; none without. */
  metrics?: Registry;
  /** The executable schema (schema.ts), when the caller shares it with the subscription server. */
  schema?: GraphQLSchema;
}

export function createApolloServer({
  logger,
  production,
  introspection,
  fieldSuggestions,
  metrics,
  schema,
}: ApolloOptions): ApolloServer<RequestContext> {
  const armor = createArmor();
  const suggestions = fieldSuggestions ?? !production;
  const typeDefs = readTypeDefs();
  return new ApolloServer<RequestContext>({
    schema: schema ?? createSchema(typeDefs),
    rootValue: rootValueWithPrefetch(typeDefs),
    introspection: introspection ?? !production,
    validationRules: armor.validationRules,
    // A document over the limit fails to parse: 400 GRAPHQL_PARSE_FAILED, like any syntax error.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // Apollo's CSRF check refuses a GET without a content-type or an apollo-require-preflight
    // header: the GET urql and graphql-http clients send by default. It guards requests that carry
    // ambient credentials (cookies, HTTP auth, client certificates); this server uses none, only
    // bearer tokens, which a cross-site page cannot attach without a CORS preflight (CORS_ORIGINS).
    // A GET can only read (mutations over GET are 405); a cross-site POST must be a simple request
    // (text/plain, form, multipart), whose body stays text and Apollo refuses with 400 anyway.
    csrfPrevention: false,
    // src/index.ts owns shutdown (HTTP server, Apollo, driver, local Neo4j, in that order);
    // Apollo's own signal handler would race it and leave the process hanging on SIGTERM.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    formatError: createFormatError(logger, { includeStacktrace: !production }),
    // Apollo's landing page loads from a CDN; browsers get our offline GraphiQL instead.
    plugins: [
      requestLogPlugin(logger),
      roundTripsHeaderPlugin(),
      bookmarkHeaderPlugin(),
      ...(metrics ? [metricsPlugin(metrics)] : []),
      rateLimitsPlugin(),
      refuseSubscriptionsPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints; Apollo's default cache-control plugin would still wrap every field's
      // resolver (willResolveField), a measurable share of a 400-field relation page's CPU.
      ApolloServerPluginCacheControlDisabled(),
      ...(suggestions ? [] : [hideSuggestionsPlugin()]),
      ...(armor.plugins as ApolloServerPlugin<RequestContext>[]),
    ],
    logger: {
      debug: (message) => logger.debug(message),
      info: (message) => logger.info(message),
      warn: (message) => logger.warn(message),
      error: (message) => logger.error(message),
    },
  });
}
