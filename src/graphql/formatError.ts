/**
 * What clients see of errors: our catalogue's codes and GraphQL's own request errors pass
 * through; anything else (a bug, a driver message, Cypher text) is masked as
 * INTERNAL_SERVER_ERROR and logged in full on the server with the request id.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, fromNeo4jError } from '../errors';
import type { Logger } from '../logger';

const CLIENT_SAFE_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/**
 * Request errors Apollo Server raises without a code, which would otherwise be masked as
 * INTERNAL_SERVER_ERROR; they already carry their 400 status. Keyed by Apollo's own message
 * (it exports no class for them); test/integration/badInput.test.ts pins both, so an Apollo
 * upgrade that rewords one fails a test instead of turning it back into an internal error.
 */
const CODELESS_APOLLO_ERRORS = new Map<string, string>([
  ['provided sha does not match query', ErrorCode.PERSISTED_QUERY_HASH_MISMATCH],
  ['Unsupported persisted query version', 'BAD_REQUEST'],
]);

function codeOfCodelessApolloError(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined || error.path) return undefined;
  return CODELESS_APOLLO_ERRORS.get(error.message);
}

export function createFormatError(logger: Logger, options: { includeStacktrace: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) return withoutStack(formatted, options);
    const apolloCode = codeOfCodelessApolloError(original);
    if (apolloCode) return withoutStack({ ...formatted, extensions: { ...formatted.extensions, code: apolloCode } }, options);
    const mapped = fromNeo4jError(original);
    if (mapped) {
      logger.warn({ err: original, path: formatted.path }, 'graph database error');
      return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return withoutStack(formatted, options);
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function withoutStack(formatted: GraphQLFormattedError, options: { includeStacktrace: boolean }): GraphQLFormattedError {
  if (options.includeStacktrace || !formatted.extensions?.stacktrace) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
