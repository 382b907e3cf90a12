import { writerNamed } from '../../src/services/lib/writer';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';
import type { NamedQuery } from '../../src/db/namedQuery';
import { readBundleFile } from '../../src/cli/readBundleFile';
import { InvalidBundleError } from '../../src/domain/bundle/resolvedBundle';
import { ingestBundle } from '../../src/services/ingestBundle';
import { expectGraphUnchanged } from '../support/counts';
import { connectTestDatabase } from '../support/testServer';

const db = connectTestDatabase();
const cleanup: NamedQuery = {
  name: 'test:cleanupBundle',
  cypher: `
    CALL () { MATCH (n) WHERE (n:Entity OR n:Document) AND n.id STARTS WITH 'b-' DETACH DELETE n }
    CALL () { MATCH (c:NameCandidate) WHERE c.documentId STARTS WITH 'b-' DETACH DELETE c }
    CALL () { MATCH (p:Proposal) WHERE p.documentId STARTS WITH 'b-' DETACH DELETE p }
    CALL () { MATCH (ev:Evidence) WHERE ev.id CONTAINS '@b-' DETACH DELETE ev }
    CALL () { MATCH (c:Change) WHERE c.editor = 'cli:bundle-test' DETACH DELETE c }`,
};
afterAll(async () => {
  await db.write(cleanup);
  await db.close();
});

const TEXT = 'The Bundle Agency of Japan will cooperate with the EU AI Office on testing, officials said on 3 July 2025.';

function bundleFile(facts: unknown[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-bundle-'));
  fs.writeFileSync(path.join(dir, 'article.txt'), TEXT);
  const file = path.join(dir, 'bundle.yaml');
  fs.writeFileSync(
    file,
    stringify({
      documents: [{ id: 'b-article', title: 'A bundled article', publishedAt: '2025-07-03', textFile: 'article.txt' }],
      entities: [{ id: 'b-agency', type: 'ORGANIZATION', name: 'Bundle Agency of Japan', aliases: [] }],
      facts,
    }),
  );
  return file;
}

const goodFact = {
  type: 'COOPERATES_WITH',
  from: 'b-agency',
  to: 'eu-ai-office',
  status: 'PLANNED',
  date: '2025-07-03',
  evidence: [{ document: 'b-article', quote: 'The Bundle Agency of Japan will cooperate with the EU AI Office' }],
};

describe('ingesting a bundle file', () => {
  it('writes nothing when any part is invalid, and lists the problem', async () => {
    const badFact = { ...goodFact, to: 'tokyo', type: 'SIGNED' };
    const outcome = await expectGraphUnchanged(db, () =>
      ingestBundle(db, writerNamed('cli:bundle-test'), readBundleFile(bundleFile([goodFact, badFact])), 'bundle.yaml'),
    );
    expect(outcome).toBeInstanceOf(InvalidBundleError);
    expect((outcome as InvalidBundleError).problems).toEqual([expect.objectContaining({ file: 'bundle.yaml', path: 'facts[1].type' })]);
  });

  it('writes documents, entities, facts and mentions in one go, linked to the existing graph', async () => {
    const counts = await ingestBundle(db, writerNamed('cli:bundle-test'), readBundleFile(bundleFile([goodFact])), 'bundle.yaml');
    expect(counts).toMatchObject({ documents: 1, entities: 1, facts: 1, evidence: 1 });
    const [row] = await db.read<{ status: string; mentioned: string[] }>({
      name: 'test:bundleResult',
      cypher: `MATCH (:Entity {id: 'b-agency'})-[r:COOPERATES_WITH]->(:Entity {id: 'eu-ai-office'})
               MATCH (d:Document {id: 'b-article'})
               RETURN r.status AS status, [(d)-[:MENTIONS]->(e) | e.id] AS mentioned`,
    });
    expect(row?.status).toBe('PLANNED');
    expect(row?.mentioned).toEqual(expect.arrayContaining(['b-agency', 'eu-ai-office']));
  });

  it('reads fact proposals from its documents, as ingestDocument does, for review', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-bundle-'));
    const text = 'The Council was co-chaired by Henna Virkkunen at the third EU-Japan Digital Partnership Council in Tokyo.';
    fs.writeFileSync(path.join(dir, 'report.txt'), text);
    const file = path.join(dir, 'bundle.yaml');
    fs.writeFileSync(
      file,
      stringify({
        documents: [{ id: 'b-report', title: 'A bundled report', publishedAt: '2025-05-12', textFile: 'report.txt' }],
        entities: [],
        facts: [],
      }),
    );
    await ingestBundle(db, writerNamed('cli:bundle-test'), readBundleFile(file), 'bundle.yaml');
    const rows = await db.read<{ type: string; fromId: string; toId: string; quote: string; start: number; end: number; state: string }>({
      name: 'test:bundleProposals',
      cypher: `MATCH (p:Proposal)-[:PROPOSED_IN]->(:Document {id: 'b-report'})
               RETURN p.type AS type, p.fromId AS fromId, p.toId AS toId, p.quote AS quote, p.start AS start, p.end AS end, p.state AS state
               ORDER BY type, fromId`,
    });
    expect(rows.map((row) => [row.type, row.fromId, row.toId, row.state])).toEqual(
      expect.arrayContaining([['CO_CHAIRED', 'henna-virkkunen', 'eu-japan-dpc-3', 'OPEN']]),
    );
    for (const row of rows) expect(text.slice(row.start, row.end)).toBe(row.quote);
  });

  it('exits 1 from `npm run ingest` with the problems, for a bundle that does not validate', () => {
    const file = bundleFile([{ ...goodFact, evidence: [{ document: 'b-article', quote: 'a sentence nobody wrote' }] }]);
    const result = spawnSync(path.join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'), ['src/cli/ingest.ts', file], {
      cwd: path.join(__dirname, '..', '..'),
      encoding: 'utf8',
      env: { ...process.env, INGEST_EDITOR: 'bundle-test' },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bundle\.yaml facts\[0\]\.evidence\[0\]\.quote: not found verbatim/);
  });
});
