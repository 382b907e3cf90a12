/**
 * Configuration: every environment variable the server reads, validated here and nowhere else.
 * Defaults make `npm start` work on a fresh machine; `neo4j.uri` undefined means "use the local
 * Neo4j that the repo runs itself" (neo4j/), any value means "use that server, start nothing".
 */
import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true' || value === '1' || value === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().positive().default(50),
  NEO4J_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  SEED_ON_EMPTY: flag.default(true),
  EDITOR_TOKENS: z.string().optional(),
  READER_TOKENS: z.string().optional(),
  READS_REQUIRE_TOKEN: flag.default(false),
  INTROSPECTION: flag.optional(),
  FIELD_SUGGESTIONS: flag.optional(),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  HTTP_CONNECTION_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().positive().optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  // Below 50 ms the poll would be most of Neo4j's read load; above a minute subscribers would
  // wait longer than any client's keep-alive (docs/changes.md).
  CHANGE_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(250),
  CORS_ORIGINS: z.string().optional(),
  TRUST_PROXY: z.string().optional(),
  METRICS_TOKEN: z.string().min(16, 'must be 16+ characters').optional(),
  RATE_LIMIT_FAILED_AUTH: z.coerce.number().int().min(0).optional(),
  RATE_LIMIT_MUTATIONS: z.coerce.number().int().min(0).optional(),
  RATE_LIMIT_READS: z.coerce.number().int().min(0).optional(),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().positive().optional(),
});

/** How long a client may take, and how many may be connected at once (docs/http.md). */
export interface HttpLimits {
  /** The whole request (headers and body) must arrive within this, or it is answered 408 and closed. */
  requestTimeoutMs: number;
  /** The headers must arrive within this (at most requestTimeoutMs). */
  headersTimeoutMs: number;
  /** A socket with no traffic at all for this long is closed (half-open or silent clients). */
  connectionTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections beyond this are closed at once until others end. */
  maxConnections: number;
}

export const HTTP_DEFAULTS: HttpLimits = {
  requestTimeoutMs: 15_000,
  headersTimeoutMs: 10_000,
  connectionTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_024,
};

/**
 * Requests allowed per client per window (docs/http.md); 0 turns a limit off. A client is its
 * token's name when it sent a known token, else its IP address. Failed authentication is
 * counted per IP only: the token of a failing request is the attacker's choice, so a fresh
 * token per try would otherwise never reach the limit.
 */
export interface RateLimits {
  /** Requests with an unknown token (or a malformed Authorization), per IP. */
  failedAuth: number;
  /** Mutations, per editor. */
  mutations: number;
  /** Queries, per reader or editor, else per IP; off by default. */
  reads: number;
  windowMs: number;
}

export const RATE_LIMIT_DEFAULTS: RateLimits = { failedAuth: 20, mutations: 120, reads: 0, windowMs: 60_000 };
/** What a server gets when it is given no limits (tests, unless a test sets some). */
export const NO_RATE_LIMITS: RateLimits = { failedAuth: 0, mutations: 0, reads: 0, windowMs: 60_000 };

function httpLimitsOf(value: z.infer<typeof schema>): HttpLimits {
  const limits: HttpLimits = {
    requestTimeoutMs: value.HTTP_REQUEST_TIMEOUT_MS ?? HTTP_DEFAULTS.requestTimeoutMs,
    // Node refuses a header deadline past the request's: a shorter request timeout brings it down too.
    headersTimeoutMs: value.HTTP_HEADERS_TIMEOUT_MS ?? Math.min(HTTP_DEFAULTS.headersTimeoutMs, value.HTTP_REQUEST_TIMEOUT_MS ?? Infinity),
    connectionTimeoutMs: value.HTTP_CONNECTION_TIMEOUT_MS ?? HTTP_DEFAULTS.connectionTimeoutMs,
    keepAliveTimeoutMs: value.HTTP_KEEP_ALIVE_TIMEOUT_MS ?? HTTP_DEFAULTS.keepAliveTimeoutMs,
    maxConnections: value.HTTP_MAX_CONNECTIONS ?? HTTP_DEFAULTS.maxConnections,
  };
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError('Invalid configuration: HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS');
  }
  return limits;
}

/**
 * "https://a.example,http://localhost:5173" -> the origins CORS allows. Each must be an exact
 * origin (scheme, host, optional port; no path, no trailing slash, no wildcard): browsers send
 * exactly that in Origin, and anything looser would silently never match.
 */
export function parseCorsOrigins(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let origin: string | undefined;
      try {
        const url = new URL(entry);
        if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname.includes('*')) origin = url.origin;
      } catch {
        origin = undefined;
      }
      if (origin !== entry) {
        throw new ConfigError(
          `Invalid configuration: CORS_ORIGINS entry "${entry.slice(0, 100)}" is not an origin like https://app.example or http://localhost:5173`,
        );
      }
      return origin;
    });
}

/**
 * TRUST_PROXY: the proxies whose X-Forwarded-For names the client, as addresses and CIDR ranges
 * ("127.0.0.1,10.0.0.0/8"). Never "true" or a hop count: the first would trust a header any
 * client can send, the second whatever stands in front of the server on a day it changes.
 */
export function parseTrustProxy(value: string): string[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(\/\d{1,3})?$/i;
  const wrong = entries.find((entry) => !address.test(entry));
  if (entries.length === 0 || wrong !== undefined) {
    throw new ConfigError(
      `Invalid configuration: TRUST_PROXY must be proxy addresses or CIDR ranges like 127.0.0.1,10.0.0.0/8 (got "${(wrong ?? value).slice(0, 100)}")`,
    );
  }
  return entries;
}

/** A bearer token and the name it stands for (the audit log records editors' names). */
export interface NamedToken {
  name: string;
  token: string;
}
export type EditorToken = NamedToken;

/** The token editors use on `npm start` when EDITOR_TOKENS is unset (never in production). */
export const DEV_EDITOR: EditorToken = { name: 'dev', token: 'dev-editor-token' };
const MIN_TOKEN_LENGTH = 16;

/** "alice:token1,bob:token2" -> named tokens, for EDITOR_TOKENS and READER_TOKENS alike. */
function parseNamedTokens(value: string, variable: string): NamedToken[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(':');
      const name = entry.slice(0, colon).trim();
      const token = entry.slice(colon + 1).trim();
      if (colon <= 0 || !/^[\w.-]{1,64}$/.test(name) || token.length < MIN_TOKEN_LENGTH) {
        throw new ConfigError(`Invalid configuration: ${variable} entries are name:token with a token of ${MIN_TOKEN_LENGTH}+ characters`);
      }
      return { name, token };
    });
}

/** EDITOR_TOKENS: editors may read and write; their names are what the audit log records. */
export const parseEditorTokens = (value: string) => parseNamedTokens(value, 'EDITOR_TOKENS');
/** READER_TOKENS: readers may read everything, the change history included, and write nothing. */
export const parseReaderTokens = (value: string) => parseNamedTokens(value, 'READER_TOKENS');

/** A token listed twice would make the caller ambiguous (reader or editor, which name?). */
function refuseRepeatedTokens(editors: readonly NamedToken[], readers: readonly NamedToken[]): void {
  const seen = new Set<string>();
  for (const { token } of [...editors, ...readers]) {
    if (seen.has(token)) {
      throw new ConfigError('Invalid configuration: a token appears twice in EDITOR_TOKENS and READER_TOKENS; give each caller its own');
    }
    seen.add(token);
  }
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  neo4j: {
    /** Undefined: run the repo's local Neo4j (neo4j/) and connect to it. */
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
    txTimeoutMs: number;
    maxPoolSize: number;
    acquireTimeoutMs: number;
  };
  seedOnEmpty: boolean;
  editors: EditorToken[];
  /** Read-only callers: every query, `history` included; no mutation. */
  readers: NamedToken[];
  /** When true, every request needs a reader or editor token (by default reads are open, `history` aside). */
  readsRequireToken: boolean;
  /** Undefined: the default for the environment (on in development, off in production). */
  introspection: boolean | undefined;
  fieldSuggestions: boolean | undefined;
  http: HttpLimits;
  /** In-flight requests get this long to finish on SIGTERM/SIGINT before connections are cut. */
  shutdownGraceMs: number;
  /** How often each process reads the head of the change log while someone is subscribed. */
  changePollMs: number;
  /** Origins allowed to call from a browser (CORS); none by default. */
  corsOrigins: string[];
  /** Proxies whose X-Forwarded-For names the client (TRUST_PROXY); none by default. */
  trustProxy: string[] | undefined;
  /** Undefined: /metrics answers loopback callers only; set: any caller sending it as a bearer token. */
  metricsToken: string | undefined;
  rateLimits: RateLimits;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings are "unset": docker-compose and shells often pass VAR= for an absent value.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const value = parsed.data;
  if (value.NODE_ENV === 'production' && value.NEO4J_URI === undefined) {
    // The local Neo4j (Java + Maven jars) is a development convenience, never a production default.
    throw new ConfigError('Invalid configuration: NEO4J_URI is required when NODE_ENV=production');
  }
  const editors = value.EDITOR_TOKENS ? parseEditorTokens(value.EDITOR_TOKENS) : value.NODE_ENV === 'production' ? [] : [DEV_EDITOR];
  const readers = value.READER_TOKENS ? parseReaderTokens(value.READER_TOKENS) : [];
  refuseRepeatedTokens(editors, readers);
  return {
    env: value.NODE_ENV,
    host: value.HOST,
    port: value.PORT,
    logLevel: value.LOG_LEVEL,
    neo4j: {
      uri: value.NEO4J_URI,
      user: value.NEO4J_USER,
      password: value.NEO4J_PASSWORD,
      database: value.NEO4J_DATABASE,
      txTimeoutMs: value.NEO4J_TX_TIMEOUT_MS,
      maxPoolSize: value.NEO4J_MAX_POOL_SIZE,
      acquireTimeoutMs: value.NEO4J_ACQUIRE_TIMEOUT_MS,
    },
    seedOnEmpty: value.SEED_ON_EMPTY,
    editors,
    readers,
    readsRequireToken: value.READS_REQUIRE_TOKEN,
    introspection: value.INTROSPECTION,
    fieldSuggestions: value.FIELD_SUGGESTIONS,
    http: httpLimitsOf(value),
    shutdownGraceMs: value.SHUTDOWN_GRACE_MS,
    changePollMs: value.CHANGE_POLL_MS,
    corsOrigins: value.CORS_ORIGINS ? parseCorsOrigins(value.CORS_ORIGINS) : [],
    trustProxy: value.TRUST_PROXY ? parseTrustProxy(value.TRUST_PROXY) : undefined,
    metricsToken: value.METRICS_TOKEN,
    rateLimits: {
      failedAuth: value.RATE_LIMIT_FAILED_AUTH ?? RATE_LIMIT_DEFAULTS.failedAuth,
      mutations: value.RATE_LIMIT_MUTATIONS ?? RATE_LIMIT_DEFAULTS.mutations,
      reads: value.RATE_LIMIT_READS ?? RATE_LIMIT_DEFAULTS.reads,
      windowMs: value.RATE_LIMIT_WINDOW_MS ?? RATE_LIMIT_DEFAULTS.windowMs,
    },
  };
}
