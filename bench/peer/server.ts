/**
 * The peer's HTTP server (a child process of the benchmark): @neo4j/graphql over the same
 * Neo4j, served by Apollo Server's standalone HTTP server, as its documentation sets it up.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { peerTypeDefs } from './typeDefs';

async function main(): Promise<void> {
  const driver = neo4j.driver(
    process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7689',
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  );
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const server = new ApolloServer({ schema });
  const sessionConfig = { database: process.env.NEO4J_DATABASE ?? 'neo4j' };
  await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 4102), host: '127.0.0.1' },
    context: async () => ({ sessionConfig }),
  });
  process.on(
    'SIGTERM',
    () =>
      void server
        .stop()
        .then(() => driver.close())
        .then(() => process.exit(0)),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`peer failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
