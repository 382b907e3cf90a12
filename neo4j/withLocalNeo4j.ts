/**
 * Runs a command-line tool against the repo's own Neo4j when NEO4J_URI is unset:
 *   tsx neo4j/withLocalNeo4j.ts [--instance dev|bench] path/to/cli.ts [args...]
 * starts that local instance if needed (and leaves it running, so the next command is quick),
 * sets NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, then runs the tool in this process with its own
 * arguments. With NEO4J_URI set it only runs the tool. The tools themselves (src/cli/) know
 * nothing of local instances.
 */
import * as path from 'node:path';
import { UsageError } from '../src/cli/parseFlags';
import { boltUri, instanceFor, LocalNeo4jError, startLocalNeo4j, type InstanceName } from './localNeo4j';

async function main(argv: string[]): Promise<void> {
  let name: InstanceName = 'dev';
  if (argv[0] === '--instance') {
    name = argv[1] as InstanceName;
    argv = argv.slice(2);
  }
  const [tool, ...args] = argv;
  if (!tool || !['dev', 'bench'].includes(name))
    throw new UsageError('Usage: neo4j/withLocalNeo4j.ts [--instance dev|bench] path/to/cli.ts [args...]');
  if (!process.env.NEO4J_URI) {
    const local = instanceFor(name);
    await startLocalNeo4j(local);
    Object.assign(process.env, { NEO4J_URI: boltUri(local), NEO4J_USER: local.user, NEO4J_PASSWORD: local.password });
  }
  const file = path.resolve(tool);
  process.argv = [process.argv[0]!, file, ...args];
  // The tool is TypeScript, loaded by tsx's require hook; an import() would bypass it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(file);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError || error instanceof Error ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
