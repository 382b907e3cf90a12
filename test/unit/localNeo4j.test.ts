import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { instanceFor, isOurServer, parseJavaMajor, runningPid } from '../../neo4j/localNeo4j';

describe('the local Neo4j launcher', () => {
  it('reads the Java major version from old and new version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "25" 2025-09-16')).toBe(25);
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });

  it('keeps the test instance on other ports and throwaway data, away from the dev instance', () => {
    const dev = instanceFor('dev', {});
    const test = instanceFor('test', {});
    expect([dev.boltPort, dev.httpPort]).toEqual([7687, 7474]);
    expect(test.boltPort).not.toBe(dev.boltPort);
    expect(test.httpPort).not.toBe(dev.httpPort);
    expect(test.home).not.toBe(dev.home);
    expect(test.throwaway).toBe(true);
    expect(dev.throwaway).toBe(false);
  });

  it('keeps several bench graphs side by side: NEO4J_BENCH_HOME names the bench instance’s folder', () => {
    const usual = instanceFor('bench', {});
    const tenK = instanceFor('bench', { NEO4J_BENCH_HOME: 'bench-10k', NEO4J_BENCH_BOLT_PORT: '7850' });
    const elsewhere = instanceFor('bench', { NEO4J_BENCH_HOME: '/srv/graphs/100k' });
    expect(tenK.home).toBe(path.join(path.dirname(usual.home), 'bench-10k'));
    expect(tenK.boltPort).toBe(7850);
    expect(elsewhere.home).toBe('/srv/graphs/100k');
    expect(instanceFor('dev', { NEO4J_BENCH_HOME: 'bench-10k' }).home).not.toMatch(/bench-10k/);
  });

  it('takes the dev password and memory sizes from the environment', () => {
    const dev = instanceFor('dev', { NEO4J_PASSWORD: 's3cret-pass', NEO4J_LOCAL_HEAP: '1g' });
    expect(dev.password).toBe('s3cret-pass');
    expect(dev.heap).toBe('1g');
  });
});

describe('the instance record', () => {
  it('is not paired with a live process that is not our instance', () => {
    const instance = { ...instanceFor('dev', {}), home: fs.mkdtempSync(path.join(os.tmpdir(), 'pg-inst-')) };
    fs.mkdirSync(path.join(instance.home, 'run'));
    fs.writeFileSync(path.join(instance.home, 'run', 'neo4j.pid'), `${process.pid}\n`);
    expect(isOurServer(instance, process.pid)).toBe(false);
    expect(runningPid(instance)).toBeUndefined();
    fs.rmSync(instance.home, { recursive: true, force: true });
  });
});
