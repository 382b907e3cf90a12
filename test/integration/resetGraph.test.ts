/**
 * Emptying a graph whose nodes carry more relationships than one transaction may hold. On the
 * test instance's memory settings (512 MB heap, transaction memory 70% of it), the former
 * statement, DETACH DELETE in batches of 5,000 nodes, failed on a node of 150,000 relationships
 * with "The memory pool limit was exceeded". The test restores the seed graph afterwards, since
 * the suites share one database.
 */
import type { Database } from '../../src/db/database';
import type { NamedQuery } from '../../src/db/namedQuery';
import { countGraphElements } from '../../src/store/countGraph';
import { resetGraph, ResetMemoryError, type ResetProgress } from '../../src/store/writes/resetGraph';
import { resetOptionsFromArgs } from '../../src/cli/resetProgress';
import { seedGraph } from '../../src/startup/seeding';
import { connectTestDatabase } from '../support/testServer';

jest.setTimeout(300_000);

const HUB_DEGREE = 150_000;
const query = (name: string, cypher: string): NamedQuery => ({ name, cypher });

let db: Database;
beforeAll(() => {
  db = connectTestDatabase().withTxTimeout(300_000);
});
afterAll(async () => {
  await seedGraph(db);
  await db.close();
});

describe('resetting the graph', () => {
  it('empties a graph with a node of 150,000 relationships, relationships first, reporting progress, and keeps the schema', async () => {
    // CALL { ... } IN TRANSACTIONS may not follow a write clause: the hub first, then its links.
    await db.write(query('test:createHub', `CREATE (:TestHub {id: 'hub'})`));
    await db.autoCommit(
      query(
        'test:buildHub',
        `MATCH (hub:TestHub {id: 'hub'})
         UNWIND range(1, $degree) AS i
         CALL (hub, i) { CREATE (hub)-[:TEST_LINK]->(:TestLeaf {i: i}) } IN TRANSACTIONS OF 10000 ROWS`,
      ),
      { degree: HUB_DEGREE },
    );
    const [hub] = await db.read<{ degree: number }>(query('test:hubDegree', `MATCH (h:TestHub) RETURN COUNT { (h)--() } AS degree`));
    expect(hub!.degree).toBe(HUB_DEGREE);
    const before = await countGraphElements(db);
    const schemaBefore = await db.read(query('test:constraints', 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'));

    const progress: ResetProgress[] = [];
    const deleted = await resetGraph(db, { statementRows: 50_000, onProgress: (step) => progress.push(step) });

    const after = await countGraphElements(db);
    const [left] = await db.read<{ nodes: number }>(
      query('test:nodesLeft', 'MATCH (n) WHERE NOT n:SchemaVersion RETURN count(n) AS nodes'),
    );
    expect(left!.nodes).toBe(0);
    expect(after.relationships).toBe(0);
    expect(deleted.relationships).toBe(before.relationships);
    expect(deleted.nodes).toBe(before.nodes - after.nodes);
    // Progress comes per statement: several reports for the relationships, growing, then the nodes.
    const relationshipReports = progress.filter((step) => step.step === 'relationships').map((step) => step.deleted);
    expect(relationshipReports.length).toBeGreaterThanOrEqual(3);
    expect(relationshipReports).toEqual([...relationshipReports].sort((a, b) => a - b));
    expect(relationshipReports.at(-1)).toBe(before.relationships);
    expect(progress.at(-1)).toEqual({ step: 'nodes', deleted: deleted.nodes });
    expect(await db.read(query('test:constraints', 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'))).toEqual(schemaBefore);
  });

  it('empties an empty graph without reporting anything', async () => {
    await resetGraph(db);
    const progress: ResetProgress[] = [];
    expect(await resetGraph(db, { onProgress: (step) => progress.push(step) })).toEqual({ relationships: 0, nodes: 0 });
    expect(progress).toEqual([]);
  });
});

describe('the reset options a command line gives', () => {
  it('fall back to the default batch size when --reset-batch is not given', async () => {
    const seen: Record<string, unknown>[] = [];
    const recording = {
      autoCommit: (_query: NamedQuery, params: Record<string, unknown>) => (seen.push(params), Promise.resolve([{ deleted: 0 }])),
    } as unknown as Database;
    await resetGraph(recording, resetOptionsFromArgs(['node', 'seed', '--reset']));
    expect(seen[0]).toEqual({ batchRows: 10_000, statementRows: 200_000 });
    await resetGraph(recording, resetOptionsFromArgs(['node', 'seed', '--reset', '--reset-batch', '500']));
    expect(seen.at(-1)).toEqual({ batchRows: 500, statementRows: 200_000 });
  });
});

describe('a reset that outgrows the transaction memory', () => {
  it('fails with one line that names the Neo4j setting to raise and the batch option', async () => {
    const outOfMemory = Object.assign(new Error('Unable to complete transaction.: The memory pool limit was exceeded.'), {
      code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    });
    const failing = { autoCommit: () => Promise.reject(outOfMemory) } as unknown as Database;
    const failure = resetGraph(failing, { batchRows: 5000 });
    await expect(failure).rejects.toBeInstanceOf(ResetMemoryError);
    await expect(failure).rejects.toThrow(/db\.memory\.transaction\.max.*--reset-batch/);
    await expect(failure).rejects.not.toThrow(/\n/);
  });
});
