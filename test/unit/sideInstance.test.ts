import { soakInstance } from '../../bench/soak/soakNeo4j';
import { sideInstance } from '../../bench/sideInstance';

describe('a tool’s own throwaway Neo4j', () => {
  const spec = {
    home: 'faults',
    bolt: { variable: 'NEO4J_FAULTS_BOLT_PORT', port: 7694 },
    http: { variable: 'NEO4J_FAULTS_HTTP_PORT', port: 7481 },
    password: 'partnership-graph-faults',
  };

  it('has its own home and default ports, and is wiped at each start', () => {
    const instance = sideInstance(spec, {});
    expect(instance).toMatchObject({ boltPort: 7694, httpPort: 7481, password: 'partnership-graph-faults', throwaway: true });
    expect(instance.home).toMatch(/[/\\]faults$/);
  });

  it('takes its ports from its own variables, so two runs never share one', () => {
    const instance = sideInstance(spec, { NEO4J_FAULTS_BOLT_PORT: '7762', NEO4J_FAULTS_HTTP_PORT: '7763' });
    expect([instance.boltPort, instance.httpPort]).toEqual([7762, 7763]);
  });

  it('never shares a home or a port with the soak instance', () => {
    const faults = sideInstance(spec, {});
    const soak = soakInstance({});
    expect(faults.home).not.toBe(soak.home);
    expect([faults.boltPort, faults.httpPort]).not.toContain(soak.boltPort);
  });
});

describe('a throwaway instance beside a bench graph kept elsewhere', () => {
  it('keeps its own home when NEO4J_BENCH_HOME moves the bench instance', () => {
    const spec = { home: 'bench-quick', bolt: { variable: 'X_BOLT', port: 7690 }, http: { variable: 'X_HTTP', port: 7477 } };
    expect(sideInstance(spec, { NEO4J_BENCH_HOME: '/srv/graphs/100k' }).home).toBe(sideInstance(spec, {}).home);
  });
});
