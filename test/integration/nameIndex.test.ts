import type { Database } from '../../src/db/database';
import type { NamedQuery } from '../../src/db/namedQuery';
import { invalidateNameIndex, NAME_INDEX_TTL_MS, nameIndexOf, nameIndexRebuilt } from '../../src/services/lib/nameIndexCache';
import { ingestDocument } from '../../src/services/ingestDocument';
import { upsertEntity } from '../../src/services/upsertEntity';
import { nameSourcesVersion } from '../../src/store/countGraph';
import { writerNamed } from '../../src/services/lib/writer';
import { loadNameEntities, loadNameIndex } from '../../src/store/nameEntities';
import { buildNameIndex, type NameIndex } from '../../src/domain/names';
import { connectTestDatabase } from '../support/testServer';

let db: Database;
const cleanup: NamedQuery = {
  name: 'test:cleanupNameIndex',
  cypher: `
    CALL () { MATCH (e:Entity) WHERE e.id STARTS WITH 'ni-' DETACH DELETE e }
    CALL () { MATCH (c:Change {editor: 'name-index-test'}) DETACH DELETE c }
    CALL () { MATCH (d:Document) WHERE d.id STARTS WITH 'ni-' OPTIONAL MATCH (n:NameCandidate)-[:FOUND_IN]->(d) DETACH DELETE n, d }`,
};

beforeAll(async () => {
  db = connectTestDatabase();
  await db.write(cleanup);
});
afterAll(async () => {
  await db.write(cleanup);
  await db.close();
});
afterEach(() => jest.restoreAllMocks());

describe('the entities the name index is built from', () => {
  it('come from the graph in one round trip, with each alias scoped, event dates and related entities', async () => {
    const stats = { roundTrips: 0 };
    const entities = await loadNameEntities(db.withStats(stats));
    expect(stats.roundTrips).toBe(1);
    const [{ count }] = (await db.read<{ count: number }>({
      name: 'test:countEntities',
      cypher: 'MATCH (e:Entity) RETURN count(e) AS count',
    })) as [{ count: number }];
    expect(entities).toHaveLength(count);

    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const memberStates = byId.get('eu-member-states');
    expect(memberStates?.aliases).toContainEqual({
      text: 'national governments',
      scope: 'document',
      document: 'euronews-eu-japan-ai-data-flows',
    });
    expect(memberStates?.aliases.filter((alias) => alias.text === 'national governments')).toHaveLength(1);
    expect(byId.get('henna-virkkunen')?.aliases).toContainEqual({ text: 'Hena Wilkunen', scope: 'general' });
    expect(byId.get('eu-korea-dpc-2024')?.date).toMatch(/^2024/);
    // Kiuchi co-chaired a council: the facts make the council his context.
    expect(byId.get('minoru-kiuchi')?.related?.length).toBeGreaterThan(0);
    for (const related of byId.get('minoru-kiuchi')?.related ?? []) expect(byId.has(related)).toBe(true);
  });
});

/** Everything an index holds, in its order, as plain data. */
function contentsOf(index: NameIndex): unknown {
  const lists = <V>(map: Iterable<[string, V[]]>, each: (value: V) => unknown) => [...map].map(([key, values]) => [key, values.map(each)]);
  const form = (indexed: { entityId: string; form: string; source: string; shape: unknown; stems: string; nearWords?: string[] }) => ({
    ...indexed,
  });
  return {
    entities: [...index.entities.values()].map((entity) => ({ ...entity, related: index.related.idsOf(entity.id) })),
    byBase: lists(index.byBase, form),
    byStems: lists(index.byStems, form),
    documentForms: lists(index.documentForms, form),
    people: index.people,
    personBlocks: index.personBlocks,
    parties: index.parties,
    partiesOf: [...index.partiesOf],
    byWord: [...index.byWord.entries()],
    wordSets: index.wordSets.map(({ form: indexed, stems }) => [form(indexed), [...stems]]),
    wordSetsByStem: [...index.wordSetsByStem],
    postHolders: [...index.postHolders],
    topics: [...index.topics],
  };
}

describe('the name index read in pages', () => {
  it('is the index built from one read of every entity, whatever the page size', async () => {
    const whole = contentsOf(buildNameIndex(await loadNameEntities(db)));
    const stats = { roundTrips: 0 };
    const paged = await loadNameIndex(db.withStats(stats), 7);
    expect(contentsOf(paged)).toEqual(whole);
    expect(stats.roundTrips).toBeGreaterThan(3);
    expect(contentsOf(await loadNameIndex(db))).toEqual(whole);
  });
});

describe('the cached name index', () => {
  const input = (id: string, name: string) => ({ id, type: 'ORGANIZATION' as const, name });

  it('is reused until a write commits in this process, then rebuilt with what was written', async () => {
    const first = await nameIndexOf(db);
    expect(await nameIndexOf(db)).toBe(first);
    await upsertEntity(db, writerNamed('name-index-test'), input('ni-bureau', 'Bureau of Index Testing'));
    const rebuilt = await nameIndexOf(db);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.entities.get('ni-bureau')?.name).toBe('Bureau of Index Testing');
  });

  it('shares one build between concurrent callers', async () => {
    await upsertEntity(db, writerNamed('name-index-test'), input('ni-agency', 'Agency of Shared Builds'));
    const stats = { roundTrips: 0 };
    const counted = db.withStats(stats);
    const indexes = await Promise.all([nameIndexOf(counted), nameIndexOf(counted), nameIndexOf(counted)]);
    expect(new Set(indexes).size).toBe(1);
    // One build: the graph's version, the countries and blocs, the ids, the entities (one page of
    // the test graph) and the editors' verdicts on names.
    expect(stats.roundTrips).toBe(5);
  });

  it('after the TTL, checks the graph in one cheap read and keeps the index when nothing was written', async () => {
    invalidateNameIndex();
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
    const before = await nameIndexOf(db);
    clock.mockReturnValue(now + NAME_INDEX_TTL_MS + 1);
    const stats = { roundTrips: 0 };
    expect(await nameIndexOf(db.withStats(stats))).toBe(before);
    expect(stats.roundTrips).toBe(1);
    // Checked just now: no further read until the TTL passes again.
    expect(await nameIndexOf(db.withStats(stats))).toBe(before);
    expect(stats.roundTrips).toBe(1);
  });

  it('sees a write made elsewhere (another replica, a CLI) once the TTL has passed and a background rebuild is done, not before', async () => {
    // The clock stands still until the test moves it past the TTL; the index is built at its start.
    invalidateNameIndex();
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
    const before = await nameIndexOf(db);
    await db.write(
      {
        name: 'test:writeElsewhere',
        cypher: "CREATE (:Entity:Organization {id: 'ni-elsewhere', type: 'ORGANIZATION', name: 'Office Written Elsewhere'})",
      },
      {},
    );
    expect((await nameIndexOf(db)).entities.has('ni-elsewhere')).toBe(false);
    clock.mockReturnValue(now + NAME_INDEX_TTL_MS + 1);
    // The previous index serves while the new one builds in the background.
    expect(await nameIndexOf(db)).toBe(before);
    await nameIndexRebuilt();
    const after = await nameIndexOf(db);
    expect(after).not.toBe(before);
    expect(after.entities.get('ni-elsewhere')?.name).toBe('Office Written Elsewhere');
  });

  it('is kept when a document is ingested, here and (by the counts other replicas read) elsewhere', async () => {
    const index = await nameIndexOf(db);
    const version = await nameSourcesVersion(db);
    const result = await ingestDocument(db, writerNamed('name-index-test'), {
      id: 'ni-article',
      title: 'An article that names Japan and the European Union',
      publishedAt: '2025-05-12',
      text: 'Japan and the European Union met in Tokyo with the Bureau of Ingest Testing.',
    });
    expect(result.created).toBe(true);
    expect(result.mentions.length).toBeGreaterThan(0);
    expect(await nameIndexOf(db)).toBe(index);
    expect(await nameSourcesVersion(db)).toBe(version);
  });

  it('is stale for other replicas after a write that changes names', async () => {
    const version = await nameSourcesVersion(db);
    await upsertEntity(db, writerNamed('name-index-test'), {
      ...input('ni-bureau', 'Bureau of Index Testing'),
      aliases: [{ text: 'BIT office' }],
    });
    expect(await nameSourcesVersion(db)).not.toBe(version);
  });
});
