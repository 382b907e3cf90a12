/**
 * npm run neo4j:start | neo4j:stop | neo4j:status | neo4j:reset | neo4j:fetch [-- --instance test|bench]
 * Manages the local Neo4j servers; prints one actionable line on failure and exits 1.
 */
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

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const flag = rest.indexOf('--instance');
  const name = (flag >= 0 ? rest[flag + 1] : 'dev') as InstanceName;
  if (!['dev', 'test', 'bench'].includes(name)) throw new LocalNeo4jError(`Unknown instance "${name}": use dev, test or bench.`);
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
    default:
      throw new LocalNeo4jError('Usage: neo4j/cli.ts fetch|start|stop|status|reset [--instance dev|test|bench]');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError ? `neo4j: ${error.message}` : error);
  process.exit(1);
});
