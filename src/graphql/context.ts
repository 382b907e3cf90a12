/** What every resolver receives: the request's graph access, its loaders and its counters. */
import { decodeBookmarkTokens, RequestBookmarks } from '../db/bookmarks';
import type { Database } from '../db/database';
import type { QueryStats } from '../db/queryStats';
import { createLoaders, type Loaders } from './loaders/createLoaders';
import type { EditorToken, NamedToken } from '../config';
import { badInputWithStatus, rateLimited } from '../errors';
import { callerOf, requireReadToken, type Caller } from './auth';
import type { ChangeTail } from '../services/lib/changeTail';

/** What a rate limit counts (config.ts RateLimits). */
export type RateLimitKind = 'failedAuth' | 'mutation' | 'read';
/**
 * Counts one request of `kind` from this request's client (http/rateLimits.ts); resolves with
 * the seconds to wait when the client is over the limit, else undefined.
 */
export type RateLimiter = (kind: RateLimitKind, caller: Caller) => Promise<number | undefined>;

export interface RequestContext {
  requestId: string;
  db: Database;
  loaders: Loaders;
  stats: QueryStats;
  caller: Caller;
  /** The request's causal chain: the bookmarks it was sent and those it made (db/bookmarks.ts). */
  bookmarks: RequestBookmarks;
  /** The request's Idempotency-Key header, checked (see idempotencyKeyOf); mutations use it. */
  idempotencyKey?: string;
  /** The HTTP layer's limiter (plugins/rateLimits.ts uses it); absent: not limited. */
  rateLimit?: RateLimiter;
  /** The process's reader of the audit log's head: subscriptions only (graphql/subscriptions.ts). */
  changeTail?: ChangeTail;
}

export function createRequestContext(
  db: Database,
  requestId: string,
  caller: Caller = { kind: 'anonymous' },
  idempotencyKey?: string,
  rateLimit?: RateLimiter,
  sentBookmarks: readonly string[] = [],
): RequestContext {
  const stats: QueryStats = { roundTrips: 0 };
  const bookmarks = new RequestBookmarks(sentBookmarks);
  const counted = db.withStats(stats).withBookmarks(bookmarks);
  return { requestId, db: counted, loaders: createLoaders(counted), stats, caller, bookmarks, idempotencyKey, rateLimit };
}

/** The header a write answers with and a later request sends back to read what it wrote. */
export const BOOKMARK_HEADER = 'graph-bookmark';

/** The Graph-Bookmark header's Neo4j bookmarks (none when absent); one this server did not issue is refused. */
export function bookmarksOf(header: string | undefined): string[] {
  if (header === undefined || header.trim() === '') return [];
  const bookmarks = decodeBookmarkTokens(header);
  if (!bookmarks) {
    throw badInputWithStatus(
      "The Graph-Bookmark header must hold bookmark tokens this API answered with (a mutation's Graph-Bookmark response header), comma-separated, at most 16 bookmarks in all.",
      'Graph-Bookmark',
    );
  }
  return bookmarks;
}

/** Printable ASCII without spaces, as UUIDs and the usual client libraries produce. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The Idempotency-Key header, or undefined; a malformed key is refused before anything runs. */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw badInputWithStatus('The Idempotency-Key header must be 1 to 200 printable ASCII characters without spaces.', 'Idempotency-Key');
  }
  return header;
}

export interface ContextOptions {
  db: Database;
  editors: readonly EditorToken[];
  /** Read-only tokens (READER_TOKENS); none when absent. */
  readers?: readonly NamedToken[];
  /** When true, every request needs a reader or editor token (by default reads are open, `history` aside). */
  readsRequireToken: boolean;
}

/** What the HTTP layer knows of a request when it builds its context. */
export interface ContextRequest {
  requestId: string;
  headers: { get(name: string): string | undefined };
  rateLimit?: RateLimiter;
}

/** The per-request context builder the HTTP layer calls with each request's headers. */
export function createContextFactory({ db, editors, readers = [], readsRequireToken }: ContextOptions) {
  return async ({ requestId, headers, rateLimit }: ContextRequest) => {
    const caller = callerOf(headers.get('authorization'), editors, readers);
    if (caller.kind === 'invalid' && rateLimit) {
      // Counted before anything else runs: past the limit a wrong token is not even answered 403.
      const wait = await rateLimit('failedAuth', caller);
      if (wait !== undefined) throw rateLimited('requests with an unknown token', wait);
    }
    if (readsRequireToken) requireReadToken(caller);
    const idempotencyKey = idempotencyKeyOf(headers.get('idempotency-key'));
    return createRequestContext(db, requestId, caller, idempotencyKey, rateLimit, bookmarksOf(headers.get(BOOKMARK_HEADER)));
  };
}
