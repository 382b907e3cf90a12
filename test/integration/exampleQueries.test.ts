import * as fs from 'node:fs';
import * as path from 'node:path';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { startTestServer, type TestServer } from '../support/testServer';

const file = path.join(__dirname, '..', '..', 'docs', 'queries.graphql');
const operations = parse(fs.readFileSync(file, 'utf8')).definitions.filter(
  (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('the example queries in docs/queries.graphql', () => {
  it('are there', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
  });

  it.each(operations.map((operation) => [operation.name?.value ?? '(anonymous)', operation] as const))(
    '%s answers without errors and with data from the seed graph',
    async (_name, operation) => {
      const { data, errors } = await server.query(print(operation));
      expect(errors).toBeUndefined();
      const json = JSON.stringify(data);
      expect(json).not.toMatch(/^\{("[^"]+":(null|\[\]),?)+\}$/);
      expect(json.length).toBeGreaterThan(100);
    },
  );
});
