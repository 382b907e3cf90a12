/**
 * npm run neo4j:start | neo4j:stop | neo4j:status | neo4j:reset | neo4j:fetch [-- --instance test|bench]
 * Manages the local Neo4j servers; prints one actionable line on failure and exits 1. An unknown
 * command, option or instance prints the usage and exits 2, before anything is touched.
 */
import { parseFlags, UsageError } from '../src/cli/parseFlags';
import {
  LocalNeo4jError,
  boltUri,
  browserUrl,
  ensureJars,
  instanceFor,
  resetLocalNeo4j,
  startLocalNeo4j,
  statusOf,
  stopLocalNeo4j,
  type InstanceName,
} from './localNeo4j';

const USAGE = 'Usage: neo4j/cli.ts fetch|start|stop|status|reset [--instance dev|test|bench]';
const COMMANDS = ['fetch', 'start', 'stop', 'status', 'reset'];

async function main(argv: string[]): Promise<void> {
  const { flags, positional } = parseFlags(argv, { '--instance': true }, USAGE);
  const [command, ...extra] = positional;
  if (command === undefined || !COMMANDS.includes(command) || extra.length > 0) throw new UsageError(USAGE);
  const name = (flags.get('--instance') ?? 'dev') as InstanceName;
  if (!['dev', 'test', 'bench'].includes(name)) throw new UsageError(`Unknown instance "${name}": use dev, test or bench.\n${USAGE}`);
  const instance = instanceFor(name);
  switch (command) {
    case 'fetch':
      console.log(`Neo4j jars ready in ${ensureJars()}`);
      return;
    case 'start': {
      const result = await startLocalNeo4j(instance);
      const how = result.startedNow ? `started in ${(result.millis / 1000).toFixed(1)} s` : 'already running';
      console.log(`Neo4j ${instance.name} ${how} (pid ${result.pid})`);
      console.log(`  Bolt:    ${boltUri(instance)}  user ${instance.user}, password ${instance.password}`);
      console.log(`  Browser: ${browserUrl(instance)}`);
      return;
    }
    case 'stop':
      console.log((await stopLocalNeo4j(instance)) ? `Neo4j ${instance.name} stopped` : `Neo4j ${instance.name} was not running`);
      return;
    case 'status':
      console.log(await statusOf(instance));
      return;
    case 'reset':
      resetLocalNeo4j(instance);
      console.log(`Neo4j ${instance.name} data deleted`);
      return;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError || error instanceof UsageError ? `neo4j: ${error.message}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
