/** What the numbers were measured on: CPU, memory, load, versions. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/paths';

/** Read from node_modules directly: some packages' export maps hide their package.json. */
function versionOf(pkg: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

export interface Machine {
  cpu: string;
  cores: number;
  memory_gb: number;
  load_average_at_start: number[];
  node: string;
  neo4j: string;
  packages: Record<string, string>;
}

export async function describeMachine(driver: Driver, database: string): Promise<Machine> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] + " " + edition AS version',
    {},
    { database },
  );
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    load_average_at_start: os.loadavg().map((value) => Math.round(value * 100) / 100),
    node: process.version,
    neo4j: String(records[0]?.get('version') ?? 'unknown'),
    packages: Object.fromEntries(
      ['@apollo/server', 'graphql', 'neo4j-driver', '@neo4j/graphql', 'autocannon'].map((pkg) => [pkg, versionOf(pkg)]),
    ),
  };
}
