/** After all tests: stop the local test Neo4j if globalSetup started it (its data is wiped). */
import { instanceFor, stopLocalNeo4j } from '../neo4j/localNeo4j';

export default async function globalTeardown(): Promise<void> {
  if (process.env.PARTNERSHIP_GRAPH_TEST_NEO4J_STARTED === 'yes') await stopLocalNeo4j(instanceFor('test'));
}
