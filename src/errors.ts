/**
 * The error catalogue: every error a client can see carries one of these stable codes in
 * `extensions.code`. Neo4j driver errors are mapped here and only here (fromNeo4jError);
 * anything unknown becomes INTERNAL_SERVER_ERROR with its details kept server-side.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** An APQ request whose sha256Hash is not the hash of the query it sent. */
  PERSISTED_QUERY_HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
  /** A subscription: this server has no subscription transport. */
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
  /** The same Idempotency-Key was sent with another mutation or other arguments. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** Too many requests of one kind from one client in the window (429, Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, argument?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

/** BAD_USER_INPUT for a request-level problem found before execution (a header), answered 400. */
export const badInputWithStatus = (message: string, argument: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { argument, http: { status: 400 } });

export const notFound = (message: string) => new AppError(ErrorCode.NOT_FOUND, message);

/** NOT_FOUND for an entity id a client gave, naming the argument when there is one. */
export const entityNotFound = (id: string, argument?: string) =>
  notFound(`No entity with id "${id.slice(0, 100)}"${argument ? ` (argument \`${argument}\`)` : ''}.`);

export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);

/** 401: no token was sent. `needs` names the kind of token that would do. */
export const unauthenticated = (needs = 'an editor token') =>
  new AppError(ErrorCode.UNAUTHENTICATED, `This needs ${needs}: send "Authorization: Bearer <token>".`, { http: { status: 401 } });

/** 403: a token was sent, but it is unknown or does not allow this. */
export const forbidden = (message = 'That token is not an editor token.') =>
  new AppError(ErrorCode.FORBIDDEN, message, { http: { status: 403 } });

/** The client reused an Idempotency-Key for a different mutation or arguments (422, as in the IETF draft). */
export const idempotencyKeyReused = () =>
  new AppError(
    ErrorCode.IDEMPOTENCY_KEY_REUSED,
    'This Idempotency-Key was used for a different mutation or different arguments; send a new key for a new write.',
    { http: { status: 422 } },
  );

/**
 * 429 with Retry-After (whole seconds until the client's window ends). Apollo copies
 * `extensions.http` (status and headers, a Map) onto the response and strips it from the body.
 */
export const rateLimited = (what: string, retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `Too many ${what}; retry after ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Maps a neo4j-driver error to a client-safe AppError; returns undefined for unknown errors. */
export function fromNeo4jError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return undefined;
  if (UNAVAILABLE_CODES.has(code) || code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.');
  }
  if (TIMEOUT_CODES.has(code)) {
    return new AppError(ErrorCode.TIMEOUT, 'The query took too long and was stopped.');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, 'The write conflicts with existing data.');
  }
  // Validation bounds every indexed value (docs/limits.md); should one still be too large for
  // Neo4j's index key limit, that is the client's input, not a server fault.
  if (/too large to index/i.test(String((error as Error).message))) {
    return new AppError(ErrorCode.BAD_USER_INPUT, 'A value is too long to store; see the documented limits (docs/limits.md).');
  }
  if (/acquisition timed out|Connection acquisition/i.test(String((error as Error).message))) {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The server is busy; try again shortly.');
  }
  // Bookmarks come from clients (the Graph-Bookmark header, db/bookmarks.ts): one Neo4j refuses
  // (another database's, a forged one that passed the format check) is the client's mistake.
  if (code === 'Neo.ClientError.Transaction.InvalidBookmark' || code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
    return new AppError(ErrorCode.BAD_USER_INPUT, 'The Graph-Bookmark header names a bookmark this graph did not issue.', {
      argument: 'Graph-Bookmark',
      http: { status: 400 },
    });
  }
  if (code === 'Neo.TransientError.Transaction.BookmarkTimeout') {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'This replica has not caught up with the Graph-Bookmark yet; try again shortly.');
  }
  // A transient error that outlived the driver's retries (deadlocks between racing writes under
  // heavy load, a lock wait past its limit): the write rolled back and may be retried, which is
  // what 503 says. Left unmapped, they were masked as INTERNAL_SERVER_ERROR.
  if (code.startsWith('Neo.TransientError.')) {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is busy; try again shortly.');
  }
  return undefined;
}
