import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('defaults to the local Neo4j and port 4000 on a fresh machine', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.neo4j.database).toBe('neo4j');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.uri).toBeUndefined();
  });

  it('takes a routing URI for a cluster or Aura', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('requires NEO4J_URI in production instead of starting a local Neo4j', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/NEO4J_URI is required/);
    expect(loadConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://neo4j:7687' }).env).toBe('production');
  });

  it('names every invalid variable in one error', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://x', PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'http://x', PORT: 'eighty' })).toThrow(/NEO4J_URI.*PORT|PORT.*NEO4J_URI/);
  });

  it('reads reader tokens beside editor tokens, validated the same way', () => {
    const config = loadConfig({
      EDITOR_TOKENS: 'alice:alice-token-0123456789',
      READER_TOKENS: 'carol:carol-token-0123456789, dan:dan-token-0123456789',
    });
    expect(config.readers).toEqual([
      { name: 'carol', token: 'carol-token-0123456789' },
      { name: 'dan', token: 'dan-token-0123456789' },
    ]);
    expect(loadConfig({}).readers).toEqual([]);
    expect(() => loadConfig({ READER_TOKENS: 'carol:short' })).toThrow(
      /READER_TOKENS entries are name:token with a token of 16\+ characters/,
    );
    expect(() => loadConfig({ READER_TOKENS: ':nameless-token-0123456789' })).toThrow(ConfigError);
  });

  it('refuses a token listed as both an editor and a reader token', () => {
    expect(() => loadConfig({ EDITOR_TOKENS: 'alice:shared-token-0123456789', READER_TOKENS: 'carol:shared-token-0123456789' })).toThrow(
      /appears twice/,
    );
  });

  it('allows no CORS origin by default, and takes a list of exact origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example, http://localhost:5173' }).corsOrigins).toEqual([
      'https://app.example',
      'http://localhost:5173',
    ]);
  });

  it.each(['*', 'https://app.example/', 'app.example', 'https://app.example/path', 'ftp://files.example', 'https://*.example'])(
    'refuses the CORS origin %s, naming it',
    (entry) => {
      expect(() => loadConfig({ CORS_ORIGINS: entry })).toThrow(/CORS_ORIGINS entry .* is not an origin/);
    },
  );

  it('has documented HTTP timeouts and a connection cap, each settable', () => {
    expect(loadConfig({}).http).toEqual({
      requestTimeoutMs: 15_000,
      headersTimeoutMs: 10_000,
      connectionTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_024,
    });
    const short = loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_MAX_CONNECTIONS: '8' }).http;
    expect(short).toMatchObject({ requestTimeoutMs: 1_000, headersTimeoutMs: 1_000, maxConnections: 8 });
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_HEADERS_TIMEOUT_MS: '2000' })).toThrow(/must not exceed/);
    expect(() => loadConfig({ HTTP_MAX_CONNECTIONS: '0' })).toThrow(/HTTP_MAX_CONNECTIONS/);
  });

  it('limits failed authentication and mutations per client by default, not reads, each settable (0 turns one off)', () => {
    expect(loadConfig({}).rateLimits).toEqual({ failedAuth: 20, mutations: 120, reads: 0, windowMs: 60_000 });
    const set = loadConfig({
      RATE_LIMIT_FAILED_AUTH: '0',
      RATE_LIMIT_MUTATIONS: '30',
      RATE_LIMIT_READS: '600',
      RATE_LIMIT_WINDOW_MS: '10000',
    });
    expect(set.rateLimits).toEqual({ failedAuth: 0, mutations: 30, reads: 600, windowMs: 10_000 });
    expect(() => loadConfig({ RATE_LIMIT_MUTATIONS: '-1' })).toThrow(/RATE_LIMIT_MUTATIONS/);
    expect(() => loadConfig({ RATE_LIMIT_WINDOW_MS: '0' })).toThrow(/RATE_LIMIT_WINDOW_MS/);
  });

  it('polls the change log every 250 ms by default, CHANGE_POLL_MS sets it, and a poll under 50 ms or over a minute is refused', () => {
    expect(loadConfig({}).changePollMs).toBe(250);
    expect(loadConfig({ CHANGE_POLL_MS: '1000' }).changePollMs).toBe(1_000);
    for (const wrong of ['10', '0', '-5', '60001', '0.5', 'soon']) {
      expect(() => loadConfig({ CHANGE_POLL_MS: wrong })).toThrow(/CHANGE_POLL_MS/);
    }
  });

  it('leaves /metrics to loopback callers without METRICS_TOKEN and refuses a short token', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'scrape-token-0123456789' }).metricsToken).toBe('scrape-token-0123456789');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('trusts no proxy by default, and takes addresses and CIDR ranges in TRUST_PROXY', () => {
    expect(loadConfig({}).trustProxy).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
  });

  it('refuses a TRUST_PROXY that would trust everyone or is not an address', () => {
    for (const value of ['true', '1', 'proxy.example', '10.0.0.0/8,*']) {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY must be proxy addresses/);
    }
  });
});
