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
});
