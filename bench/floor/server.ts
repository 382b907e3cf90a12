/**
 * The floor's HTTP server (a child process of the benchmark): POST /floor/<query> with the
 * query's parameters as JSON; answers `{"data": ...}` like our GraphQL API. One driver, one
 * managed read transaction per request, nothing else.
 */
import * as http from 'node:http';
import neo4j from 'neo4j-driver';
import { floorQueries } from './queries';

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7689',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
  },
);

function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        resolve(chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

const server = http.createServer((request, response) => {
  const query = floorQueries[(request.url ?? '').replace(/^\/floor\//, '')];
  if (!query) {
    response.writeHead(404).end();
    return;
  }
  readJson(request)
    .then(async (body) => {
      const params = query.params(body);
      const result = await driver.executeQuery(query.cypher, params, {
        database: process.env.NEO4J_DATABASE ?? 'neo4j',
        routing: neo4j.routing.READ,
      });
      const payload = JSON.stringify({ data: query.data(result.records[0]?.toObject()) });
      response.writeHead(200, { 'content-type': 'application/json' }).end(payload);
    })
    .catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    });
});

server.listen(Number(process.env.PORT ?? 4101), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void driver.close().then(() => process.exit(0))));
