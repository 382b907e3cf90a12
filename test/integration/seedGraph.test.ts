import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';
import type { Database } from '../../src/db/database';
import type { NamedQuery } from '../../src/db/namedQuery';
import { loadBundle } from '../../src/store/writes/loadBundle';
import { countGraphElements } from '../../src/store/countGraph';
import { validateBundle } from '../../src/domain/bundle/validateBundle';
import { InvalidBundleError } from '../../src/domain/bundle/resolvedBundle';
import { seedGraph } from '../../src/startup/seeding';
import { smallBundle } from '../fixtures/smallBundle';
import { expectGraphUnchanged } from '../support/counts';
import { connectTestDatabase } from '../support/testServer';

let db: Database;
beforeAll(() => {
  db = connectTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const query = (name: string, cypher: string): NamedQuery => ({ name, cypher });

/** Writes a raw bundle as a seed directory (documents/*.yaml + entities.yaml + facts.yaml). */
function writeSeedDirectory(bundle: ReturnType<typeof smallBundle>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-seed-'));
  fs.mkdirSync(path.join(dir, 'documents'));
  for (const { value } of bundle.documents) {
    fs.writeFileSync(path.join(dir, 'documents', `${(value as { id: string }).id}.yaml`), stringify(value));
  }
  fs.writeFileSync(path.join(dir, 'entities.yaml'), stringify(bundle.entities.map((item) => item.value)));
  fs.writeFileSync(path.join(dir, 'facts.yaml'), stringify(bundle.facts.map((item) => item.value)));
  return dir;
}

describe('the seed graph', () => {
  it('backs every fact with at least one quote found verbatim at its offsets in its document', async () => {
    const rows = await db.read<{ factId: string; quotes: Array<{ quote: string; start: number; end: number; text: string }> }>(
      query(
        'test:factsWithEvidence',
        `MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL
         OPTIONAL MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
         RETURN r.id AS factId, collect(ev { .quote, .start, .end, text: d.text }) AS quotes`,
      ),
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const { factId, quotes } of rows) {
      expect({ factId, evidence: quotes.length > 0 }).toEqual({ factId, evidence: true });
      for (const item of quotes) expect(item.text.slice(item.start, item.end)).toBe(item.quote);
    }
  });

  it('records each surface form a document uses, at its offsets, garbled names included', async () => {
    const rows = await db.read<{ text: string; start: number; end: number; documentText: string; entityId: string }>(
      query(
        'test:mentions',
        `MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
         RETURN m.text AS text, m.start AS start, m.end AS end, d.text AS documentText, e.id AS entityId`,
      ),
    );
    for (const row of rows) expect(row.documentText.slice(row.start, row.end)).toBe(row.text);
    expect(rows).toContainEqual(expect.objectContaining({ text: 'Hena Wilkunen', entityId: 'henna-virkkunen' }));
    expect(rows).toContainEqual(expect.objectContaining({ text: 'Minor Kuichi', entityId: 'minoru-kiuchi' }));
  });

  it('is one node for the third council, whichever article names it', async () => {
    const [row] = await db.read<{ documents: string[]; count: number }>(
      query(
        'test:thirdCouncil',
        `MATCH (e:Event) WHERE e.id = 'eu-japan-dpc-3'
         OPTIONAL MATCH (ev:Evidence)-[:QUOTED_FROM]->(d:Document)
         WHERE ev.factId STARTS WITH e.id + '.' OR ev.factId ENDS WITH '.' + e.id OR ev.factId CONTAINS '.' + e.id + '.'
         RETURN count(DISTINCT e) AS count, collect(DISTINCT d.id) AS documents`,
      ),
    );
    expect(row?.count).toBe(1);
    expect([...(row?.documents ?? [])].sort()).toEqual(['eu-japan-dpc3-tokyo', 'euronews-eu-japan-ai-data-flows']);
  });

  it('stores a forecast as EXPECTED, never as a reported fact', async () => {
    const rows = await db.read<{ status: string; date: string; inferred: boolean }>(
      query(
        'test:aiActAdoption',
        `MATCH (:Bloc {id: 'european-union'})-[r:ADOPTS]->(:Law {id: 'ai-act'})
         RETURN r.status AS status, r.date AS date, r.dateInferred AS inferred`,
      ),
    );
    expect(rows).toEqual([{ status: 'EXPECTED', date: '2024-06', inferred: true }]);
  });

  it('gives every entity a typed label, a name and the common Entity label', async () => {
    const rows = await db.read<{ id: string; labels: string[]; name: string | null }>(
      query('test:entityLabels', 'MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, e.name AS name'),
    );
    for (const row of rows) {
      expect(row.labels).toHaveLength(2);
      expect(row.name).toEqual(expect.any(String));
    }
  });

  it('changes no node or relationship count when seeded twice', async () => {
    const before = await countGraphElements(db);
    await seedGraph(db);
    await seedGraph(db);
    expect(await countGraphElements(db)).toEqual(before);
  });
});

describe('the loader', () => {
  const cleanup = query(
    'test:deleteFixture',
    `MATCH (n) WHERE n.id STARTS WITH $prefix OR (n:Evidence AND n.factId STARTS WITH $prefix) DETACH DELETE n`,
  );
  afterEach(async () => {
    for (const prefix of ['loader-a', 'loader-b', 'loader-c', 'loader-d']) await db.write(cleanup, { prefix });
  });

  it('writes a valid bundle and writes it only once when loaded twice', async () => {
    const bundle = validateBundle(smallBundle('loader-a'));
    const before = await countGraphElements(db);
    await loadBundle(db, bundle);
    const once = await countGraphElements(db);
    await loadBundle(db, bundle);
    expect(await countGraphElements(db)).toEqual(once);
    // 1 document + 3 entities + 3 evidence nodes; 2 facts + 3 QUOTED_FROM + mentions.
    expect(once.nodes - before.nodes).toBe(7);
    expect(once.relationships - before.relationships).toBe(5 + bundle.mentions.length);
  });

  it('rejects a fabricated quote and writes nothing', async () => {
    const raw = smallBundle('loader-b');
    (raw.facts[0]!.value as { evidence: Array<{ quote: string }> }).evidence[0]!.quote = 'Ada Example signed a secret pact';
    const outcome = await expectGraphUnchanged(db, () => seedGraph(db, { dir: writeSeedDirectory(raw) }));
    expect(outcome).toBeInstanceOf(InvalidBundleError);
    expect((outcome as InvalidBundleError).problems).toEqual([expect.objectContaining({ path: 'facts[0].evidence[0].quote' })]);
  });

  it('rejects an unknown entity reference and writes nothing', async () => {
    const raw = smallBundle('loader-c');
    (raw.facts[1]!.value as { to: string }).to = 'loader-c-atlantis';
    const outcome = await expectGraphUnchanged(db, () => seedGraph(db, { dir: writeSeedDirectory(raw) }));
    expect((outcome as InvalidBundleError).problems).toEqual([expect.objectContaining({ path: 'facts[1].to' })]);
  });

  it('rejects a relation the ontology does not allow between the two types and writes nothing', async () => {
    const raw = smallBundle('loader-d');
    (raw.facts[1]!.value as { type: string }).type = 'SIGNED';
    const outcome = await expectGraphUnchanged(db, () => seedGraph(db, { dir: writeSeedDirectory(raw) }));
    expect((outcome as InvalidBundleError).problems).toEqual([
      expect.objectContaining({ path: 'facts[1].type', message: expect.stringMatching(/SIGNED is not allowed from EVENT/) }),
    ]);
  });
});
