/**
 * The launcher's failures, each really caused: a taken port, a JVM that dies at startup, a
 * missing Java. Each uses its own home folder and ports, away from the running test instance.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { instanceFor, LocalNeo4jError, startLocalNeo4j, type LocalInstance } from '../../neo4j/localNeo4j';

function scratchInstance(overrides: Partial<LocalInstance>): LocalInstance {
  return {
    ...instanceFor('test'),
    home: fs.mkdtempSync(path.join(os.tmpdir(), 'pg-neo4j-')),
    boltPort: 7698,
    httpPort: 7499,
    ...overrides,
  };
}

async function failureOf(instance: LocalInstance): Promise<LocalNeo4jError> {
  try {
    await startLocalNeo4j(instance, 60_000);
  } catch (error) {
    if (error instanceof LocalNeo4jError) return error;
    throw error;
  }
  throw new Error('expected the start to fail');
}

describe('starting the local Neo4j', () => {
  it('says which port is taken, and by what, instead of starting', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const error = await failureOf(scratchInstance({ boltPort: port }));
      expect(error.message).toMatch(new RegExp(`^Port ${port} \\(test Neo4j\\) is already taken by `));
      expect(error.message.split('\n')).toHaveLength(1);
    } finally {
      blocker.close();
    }
  });

  it('reports that Neo4j exited, with the last lines of its log, when the JVM cannot start', async () => {
    const error = await failureOf(scratchInstance({ heap: '1k' }));
    expect(error.message).toMatch(/^Neo4j exited during startup; last lines of .*console\.log:/);
    expect(error.message).toMatch(/heap/i);
  });

  it('says Java is missing when JAVA_HOME points nowhere', async () => {
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = '/nonexistent-java-home';
    try {
      const error = await failureOf(scratchInstance({}));
      expect(error.message).toMatch(/^Java not found \(\/nonexistent-java-home\/bin\/java\): install Java 17/);
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });
});
