/**
 * Merges and their undo against the real Neo4j, over GraphQL: chains of merges, repeated and
 * racing merges, and what asserting a fact again shows afterwards. Each test builds its own five
 * organisations (ids `mg-<tag>-a` .. `-y`) and one document that quotes their facts.
 */
import type { NamedQuery } from '../../src/db/namedQuery';
import { ingestBundle } from '../../src/services/ingestBundle';
import { writerNamed } from '../../src/services/lib/writer';
import { expectGraphUnchanged } from '../support/counts';
import { ALICE, startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;

const cleanup: NamedQuery = {
  name: 'test:cleanupMerges',
  cypher: `
    CALL () { MATCH (n) WHERE (n:Entity OR n:Redirect OR n:Document) AND n.id STARTS WITH 'mg-' DETACH DELETE n }
    CALL () { MATCH (c:NameCandidate) WHERE c.documentId STARTS WITH 'mg-' DETACH DELETE c }
    CALL () { MATCH (ev:Evidence) WHERE ev.factId STARTS WITH 'mg-' DETACH DELETE ev }
    CALL () { MATCH (c:Change) WHERE c.summary CONTAINS 'mg-' DETACH DELETE c }`,
};

beforeAll(async () => {
  server = await startTestServer();
  await server.db.write(cleanup);
});
afterAll(async () => {
  await server.db.write(cleanup);
  await server.close();
});

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;
const as = { authorization: ALICE };

const UPSERT = `mutation U($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id } } }`;
const INGEST = `mutation I($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { id } } }`;
const ASSERT = `mutation A($input: AssertFactInput!) { assertFact(input: $input) { relation { id evidence { quote } } } }`;
const MERGE = `mutation M($keep: ID!, $merge: ID!) { mergeEntities(input: { keepId: $keep, mergeId: $merge }) { changed entity { id } } }`;
const UNMERGE = `mutation U($id: ID!) { unmergeEntity(input: { id: $id }) { changed entity { id name } } }`;
const ENTITY = `query E($id: ID!) { entity(id: $id) { id relations { edges { node { id evidence { quote } } } } } }`;

/** Five organisations a, b, c, x, y of one test, their document, and five quoted facts. */
interface Trio {
  id: (key: 'a' | 'b' | 'c' | 'x' | 'y') => string;
  quote: Record<'ax' | 'bx' | 'by' | 'cy' | 'ab', string>;
  prefix: string;
}

async function buildTrio(tag: string): Promise<Trio> {
  const prefix = `mg-${tag}-`;
  const id = (key: string) => `${prefix}${key}`;
  const title = tag.charAt(0).toUpperCase() + tag.slice(1);
  const names = { a: `Alpha ${title}`, b: `Beta ${title}`, c: `Gamma ${title}`, x: `Xeno ${title}`, y: `Yotta ${title}` };
  for (const [key, name] of Object.entries(names)) {
    const upserted = await server.query(UPSERT, { input: { id: id(key), type: 'ORGANIZATION', name } }, as);
    expect(upserted.errors).toBeUndefined();
  }
  const quote = {
    ax: `${names.a} cooperates with ${names.x}`,
    bx: `${names.b} cooperates with ${names.x}`,
    by: `${names.b} partners with ${names.y}`,
    cy: `${names.c} cooperates with ${names.y}`,
    ab: `${names.a} partners with ${names.b}`,
  };
  const text = `${Object.values(quote).join('. ')}.`;
  const ingested = await server.query(INGEST, { input: { id: `${prefix}doc`, title: `Merges ${title}`, text } }, as);
  expect(ingested.errors).toBeUndefined();
  const facts: Array<[string, string, string, keyof typeof quote]> = [
    ['COOPERATES_WITH', 'a', 'x', 'ax'],
    ['COOPERATES_WITH', 'b', 'x', 'bx'],
    ['PARTNER_OF', 'b', 'y', 'by'],
    ['COOPERATES_WITH', 'c', 'y', 'cy'],
    ['PARTNER_OF', 'a', 'b', 'ab'],
  ];
  for (const [type, from, to, key] of facts) {
    const input = { type, from: id(from), to: id(to), status: 'REPORTED', evidence: [{ document: `${prefix}doc`, quote: quote[key] }] };
    const asserted = await server.query(ASSERT, { input }, as);
    expect(asserted.errors).toBeUndefined();
  }
  return { id, quote, prefix };
}

const stateQuery: NamedQuery = {
  name: 'test:mergeState',
  cypher: `
    CALL () {
      MATCH (n) WHERE (n:Entity OR n:Redirect) AND n.id STARTS WITH $prefix
      OPTIONAL MATCH (n)-[r]-(o) WHERE type(r) <> 'CHANGED'
      WITH n, collect(CASE WHEN r IS NULL THEN null ELSE
             [type(r), coalesce(r.id, ''), coalesce(o.id, ''), coalesce(r.status, ''), coalesce(r.start, -1), startNode(r) = n] END) AS links
      RETURN collect({id: n.id, labels: labels(n), props: properties(n), links: links}) AS nodes
    }
    CALL () {
      MATCH (ev:Evidence) WHERE ev.factId STARTS WITH $prefix
      OPTIONAL MATCH (ev)-[:QUOTED_FROM]->(d:Document)
      RETURN collect(ev { .*, documentId: d.id }) AS evidence
    }
    RETURN nodes, evidence`,
};

/** Everything a merge may touch, in a stable order: nodes (with labels, props, links) and evidence. */
async function stateOf(trio: Trio): Promise<unknown> {
  const [row] = await server.db.read<{ nodes: Array<Record<string, unknown>>; evidence: Array<Record<string, unknown>> }>(stateQuery, {
    prefix: trio.prefix,
  });
  const sortJson = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();
  const nodes = (row?.nodes ?? []).map((node) => ({
    ...node,
    labels: [...(node.labels as string[])].sort(),
    links: sortJson(node.links as unknown[]),
  }));
  return { nodes: sortJson(nodes), evidence: sortJson(row?.evidence ?? []) };
}

// Evidence whose fact is gone (or that quotes no document), and facts hanging off a merged-away
// node, where no read sees them but an unmerge or a later assertion would bring them back.
const orphanQuery: NamedQuery = {
  name: 'test:orphanEvidence',
  cypher: `
    RETURN COUNT {
      MATCH (ev:Evidence) WHERE ev.factId STARTS WITH $prefix
        AND (NOT EXISTS { MATCH ()-[r]->() WHERE r.id = ev.factId } OR NOT EXISTS { (ev)-[:QUOTED_FROM]->(:Document) })
    } + COUNT {
      MATCH (n:Redirect)-[r]-() WHERE n.id STARTS WITH $prefix AND NOT type(r) IN ['MERGED_INTO', 'CHANGED']
    } AS orphans`,
};

async function orphanEvidence(trio: Trio): Promise<number> {
  const [row] = await server.db.read<{ orphans: number }>(orphanQuery, { prefix: trio.prefix });
  return row?.orphans ?? -1;
}

const changeCountQuery: NamedQuery = {
  name: 'test:changeCount',
  cypher: `MATCH (c:Change {operation: $operation}) WHERE c.summary STARTS WITH $summary AND ($undone IS NULL OR c.undone = $undone)
           RETURN count(c) AS changes`,
};

/** Audit records of an operation whose summary starts so; with `undone`, only those (not) undone. */
async function changeCount(operation: string, summary: string, undone: boolean | null = null): Promise<number> {
  const [row] = await server.db.read<{ changes: number }>(changeCountQuery, { operation, summary, undone });
  return row?.changes ?? -1;
}

async function merge(keep: string, gone: string) {
  return server.query(MERGE, { keep, merge: gone }, as);
}

async function unmerge(id: string) {
  return server.query(UNMERGE, { id }, as);
}

/** The quotes an entity's relations show, sorted. */
async function quotesOf(id: string): Promise<{ resolvedId: string; quotes: string[] }> {
  const { data, errors } = await server.query(ENTITY, { id });
  expect(errors).toBeUndefined();
  const edges = data?.entity.relations.edges as Array<{ node: { evidence: Array<{ quote: string }> } }>;
  return { resolvedId: data?.entity.id, quotes: edges.flatMap((edge) => edge.node.evidence.map((item) => item.quote)).sort() };
}

describe('merge chains', () => {
  it('resolves every id of a chain to the last kept entity, and undoing the later merge first restores each step exactly', async () => {
    const t = await buildTrio('chainone');
    const beforeAll = await stateOf(t);
    const first = await merge(t.id('a'), t.id('b'));
    expect(first.errors).toBeUndefined();
    const afterFirst = await stateOf(t);
    const second = await merge(t.id('c'), t.id('a'));
    expect(second.errors).toBeUndefined();
    expect(second.data?.mergeEntities.entity.id).toBe(t.id('c'));
    // Batched: the second merge moves more evidence than the first, in as many round trips.
    expect(second.roundTrips).toBe(first.roundTrips);

    for (const id of [t.id('a'), t.id('b'), t.id('c')]) {
      const seen = await quotesOf(id);
      expect(seen).toEqual({ resolvedId: t.id('c'), quotes: [t.quote.ax, t.quote.bx, t.quote.by, t.quote.cy].sort() });
    }
    for (const gone of ['a', 'b'] as const) {
      const reused = await expectGraphUnchanged(server.db, () =>
        server.query(UPSERT, { input: { id: t.id(gone), type: 'ORGANIZATION', name: 'Reused' } }, as),
      );
      expect(codeOf(reused as never)).toBe('CONFLICT');
      expect((reused as { errors: Array<{ message: string }> }).errors[0]?.message).toContain(t.id('c'));
    }

    const undoSecond = await unmerge(t.id('a'));
    expect(undoSecond.errors).toBeUndefined();
    expect(undoSecond.data?.unmergeEntity.entity.id).toBe(t.id('a'));
    expect(await stateOf(t)).toEqual(afterFirst);
    expect((await quotesOf(t.id('b'))).resolvedId).toBe(t.id('a'));

    const undoFirst = await unmerge(t.id('b'));
    expect(undoFirst.errors).toBeUndefined();
    expect(undoFirst.data?.unmergeEntity.entity.id).toBe(t.id('b'));
    expect(await stateOf(t)).toEqual(beforeAll);
    expect(await orphanEvidence(t)).toBe(0);
  });

  it('undoes the first merge of a chain directly: the id comes back and the rest stays merged as if it never had been', async () => {
    const t = await buildTrio('chaintwo');
    // The same five organisations (names of the same length, so the same offsets), merged only a into c.
    const reference = await buildTrio('chainref');
    expect((await merge(reference.id('c'), reference.id('a'))).errors).toBeUndefined();
    const like = async (trio: Trio, from: string, to: string) =>
      JSON.parse(
        JSON.stringify(await stateOf(trio))
          .replaceAll(from, to)
          .replaceAll(from.charAt(0).toUpperCase() + from.slice(1), to.charAt(0).toUpperCase() + to.slice(1)),
      );
    const sorted = (state: { nodes: string[]; evidence: string[] }) => ({
      nodes: [...state.nodes].sort(),
      evidence: [...state.evidence].sort(),
    });

    const beforeAll = await stateOf(t);
    expect((await merge(t.id('a'), t.id('b'))).errors).toBeUndefined();
    expect((await merge(t.id('c'), t.id('a'))).errors).toBeUndefined();

    const undone = await unmerge(t.id('b'));
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.unmergeEntity.entity.id).toBe(t.id('b'));
    expect(sorted(await like(t, 'chaintwo', 'chainref'))).toEqual(sorted(await like(reference, 'chainref', 'chainref')));
    expect(await quotesOf(t.id('b'))).toEqual({ resolvedId: t.id('b'), quotes: [t.quote.ab, t.quote.bx, t.quote.by].sort() });
    expect((await quotesOf(t.id('a'))).resolvedId).toBe(t.id('c'));
    expect(await orphanEvidence(t)).toBe(0);
    // The merge of a into c was done again, with a record of its own that undoes it in turn.
    expect(await changeCount('mergeEntities', `merged ${t.id('a')} into`, false)).toBe(1);
    expect((await unmerge(t.id('a'))).errors).toBeUndefined();
    expect(await stateOf(t)).toEqual(beforeAll);
  });

  it('undoes the first merge of a chain of four, and then the rest one by one back to the start', async () => {
    const t = await buildTrio('chainlong');
    const beforeAll = await stateOf(t);
    for (const [keep, gone] of [
      ['a', 'b'],
      ['c', 'a'],
      ['y', 'c'],
    ] as const) {
      expect((await merge(t.id(keep), t.id(gone))).errors).toBeUndefined();
    }
    expect((await unmerge(t.id('b'))).errors).toBeUndefined();
    expect((await quotesOf(t.id('b'))).resolvedId).toBe(t.id('b'));
    for (const id of [t.id('a'), t.id('c')]) expect((await quotesOf(id)).resolvedId).toBe(t.id('y'));
    expect(await orphanEvidence(t)).toBe(0);
    expect((await unmerge(t.id('c'))).errors).toBeUndefined();
    expect((await unmerge(t.id('a'))).errors).toBeUndefined();
    expect(await stateOf(t)).toEqual(beforeAll);
  });

  it('undoes a merge out of a chain once, merging the rest again once, when 10 identical unmerges race', async () => {
    const t = await buildTrio('chainundo');
    expect((await merge(t.id('a'), t.id('b'))).errors).toBeUndefined();
    expect((await merge(t.id('c'), t.id('a'))).errors).toBeUndefined();
    const answers = await Promise.all(Array.from({ length: 10 }, () => unmerge(t.id('b'))));
    expect(answers.map((answer) => answer.errors)).toEqual(Array(10).fill(undefined));
    expect(await changeCount('unmergeEntity', `undid the merge of ${t.id('b')}`)).toBe(1);
    expect(await changeCount('mergeEntities', `merged ${t.id('a')} into`, false)).toBe(1);
    expect(await changeCount('mergeEntities', `merged ${t.id('a')} into`)).toBe(2);
    expect(await quotesOf(t.id('c'))).toEqual({ resolvedId: t.id('c'), quotes: [t.quote.ab, t.quote.ax, t.quote.cy].sort() });
    expect(await orphanEvidence(t)).toBe(0);
  });

  it('refuses to undo a merge out of a chain when the end of the chain changed since, touching nothing', async () => {
    const t = await buildTrio('chainfour');
    expect((await merge(t.id('a'), t.id('b'))).errors).toBeUndefined();
    expect((await merge(t.id('c'), t.id('a'))).errors).toBeUndefined();
    const rename = await server.query(UPSERT, { input: { id: t.id('c'), type: 'ORGANIZATION', name: 'Gamma Renamed Chainfour' } }, as);
    expect(rename.errors).toBeUndefined();
    for (const id of [t.id('b'), t.id('a')]) {
      const refused = await expectGraphUnchanged(server.db, () => unmerge(id));
      expect(codeOf(refused as never)).toBe('CONFLICT');
      expect((refused as { errors: Array<{ message: string }> }).errors[0]?.message).toContain(t.id('c'));
    }
  });

  it('treats merging an id already merged into the kept entity, directly or through a chain, as done', async () => {
    const t = await buildTrio('chainthree');
    expect((await merge(t.id('a'), t.id('b'))).errors).toBeUndefined();
    expect((await merge(t.id('c'), t.id('a'))).errors).toBeUndefined();
    const settled = await stateOf(t);
    const merges = await changeCount('mergeEntities', `merged ${t.prefix}`);
    for (const [keep, gone] of [
      ['c', 'b'],
      ['c', 'a'],
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'c'],
    ] as const) {
      const again = await merge(t.id(keep), t.id(gone));
      expect({ keep, gone, errors: again.errors, id: again.data?.mergeEntities.entity.id }).toEqual({
        keep,
        gone,
        errors: undefined,
        id: t.id('c'),
      });
    }
    expect(await stateOf(t)).toEqual(settled);
    expect(await changeCount('mergeEntities', `merged ${t.prefix}`)).toBe(merges);
    const intoMergedAway = await expectGraphUnchanged(server.db, () => merge(t.id('a'), t.id('x')));
    expect(codeOf(intoMergedAway as never)).toBe('CONFLICT');
  });
});

describe('repeated and racing merges', () => {
  it('answers a repeated merge of the same pair with the kept entity and records nothing new', async () => {
    const t = await buildTrio('repeat');
    expect((await merge(t.id('a'), t.id('b'))).errors).toBeUndefined();
    const merged = await stateOf(t);
    for (let i = 0; i < 3; i += 1) {
      const again = await merge(t.id('a'), t.id('b'));
      expect(again.errors).toBeUndefined();
      expect(again.data?.mergeEntities).toEqual({ changed: false, entity: { id: t.id('a') } });
    }
    expect(await stateOf(t)).toEqual(merged);
    expect(await changeCount('mergeEntities', `merged ${t.id('b')} into`)).toBe(1);
  });

  it('leaves one merge, one audit record and no orphan evidence when 10 identical merges race', async () => {
    const t = await buildTrio('race');
    const beforeAll = await stateOf(t);
    const answers = await Promise.all(Array.from({ length: 10 }, () => merge(t.id('a'), t.id('b'))));
    expect(answers.map((answer) => answer.errors)).toEqual(Array(10).fill(undefined));
    expect(answers.every((answer) => answer.data?.mergeEntities.entity.id === t.id('a'))).toBe(true);
    expect(answers.filter((answer) => answer.data?.mergeEntities.changed)).toHaveLength(1);
    expect(await changeCount('mergeEntities', `merged ${t.id('b')} into`)).toBe(1);
    expect(await orphanEvidence(t)).toBe(0);
    expect(await quotesOf(t.id('a'))).toEqual({ resolvedId: t.id('a'), quotes: [t.quote.ax, t.quote.bx, t.quote.by].sort() });

    const undos = await Promise.all(Array.from({ length: 10 }, () => unmerge(t.id('b'))));
    expect(undos.map((answer) => answer.errors)).toEqual(Array(10).fill(undefined));
    expect(await changeCount('unmergeEntity', `undid the merge of ${t.id('b')}`)).toBe(1);
    expect(await stateOf(t)).toEqual(beforeAll);
    expect(await orphanEvidence(t)).toBe(0);
  });

  it('merges once when merges of a pair in both directions race, every answer naming the one entity that holds both', async () => {
    const t = await buildTrio('opposite');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? merge(t.id('a'), t.id('b')) : merge(t.id('b'), t.id('a')))),
    );
    expect(answers.map((answer) => answer.errors)).toEqual(Array(20).fill(undefined));
    const holders = new Set(answers.map((answer) => answer.data?.mergeEntities.entity.id));
    expect(holders.size).toBe(1);
    const [holder] = [...holders] as string[];
    const goneId = holder === t.id('a') ? t.id('b') : t.id('a');
    expect(await changeCount('mergeEntities', `merged ${t.prefix}`)).toBe(1);
    expect((await quotesOf(goneId)).resolvedId).toBe(holder);
    expect(await orphanEvidence(t)).toBe(0);
  });

  it('leaves the pair either merged once or not at all, with no orphan evidence, when merges and unmerges race', async () => {
    const t = await buildTrio('mixed');
    const beforeAll = await stateOf(t);
    expect((await merge(t.id('a'), t.id('b'))).errors).toBeUndefined();
    const merged = await stateOf(t);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? unmerge(t.id('b')) : merge(t.id('a'), t.id('b')))),
    );
    expect(answers.map((answer) => codeOf(answer))).toEqual(Array(20).fill(undefined));
    expect([beforeAll, merged]).toContainEqual(await stateOf(t));
    expect(await orphanEvidence(t)).toBe(0);
    // The audit log agrees with the graph: one merge in force if merged, none if not.
    const live = await changeCount('mergeEntities', `merged ${t.id('b')} into`, false);
    expect(live).toBe(JSON.stringify(await stateOf(t)) === JSON.stringify(merged) ? 1 : 0);
  });

  it('leaves one consistent chain when merges that would form it race, and undoes it back to the start', async () => {
    const t = await buildTrio('chainrace');
    const beforeAll = await stateOf(t);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? merge(t.id('a'), t.id('b')) : merge(t.id('c'), t.id('a')))),
    );
    const codes = answers.map((answer) => String(codeOf(answer) ?? 'OK'));
    // merge(a, b) after a went into c is refused: a is no longer an entity to merge into.
    expect(codes.filter((code) => !['OK', 'CONFLICT'].includes(code))).toEqual([]);
    expect(await changeCount('mergeEntities', `merged ${t.id('a')} into`)).toBe(1);
    const bMerged = await changeCount('mergeEntities', `merged ${t.id('b')} into`);
    expect(bMerged).toBeLessThanOrEqual(1);
    expect((await quotesOf(t.id('a'))).resolvedId).toBe(t.id('c'));
    expect((await quotesOf(t.id('b'))).resolvedId).toBe(bMerged === 1 ? t.id('c') : t.id('b'));
    expect(await orphanEvidence(t)).toBe(0);
    expect((await unmerge(t.id('a'))).errors).toBeUndefined();
    if (bMerged === 1) expect((await unmerge(t.id('b'))).errors).toBeUndefined();
    expect(await stateOf(t)).toEqual(beforeAll);
  });

  it('answers each fact asserted while its entity is merged away as written (then moved) or refused, leaving no orphan', async () => {
    const t = await buildTrio('assertrace');
    const input = {
      type: 'COOPERATES_WITH',
      from: t.id('b'),
      to: t.id('y'),
      status: 'REPORTED',
      evidence: [{ document: `${t.prefix}doc`, quote: t.quote.by }],
    };
    const answers = await Promise.all([
      ...Array.from({ length: 5 }, () => server.query(ASSERT, { input }, as)),
      merge(t.id('a'), t.id('b')),
      ...Array.from({ length: 5 }, () => server.query(ASSERT, { input }, as)),
    ]);
    const [mergeCode, ...assertCodes] = [answers[5], ...answers.filter((_, i) => i !== 5)].map((answer) => String(codeOf(answer!) ?? 'OK'));
    expect(await orphanEvidence(t)).toBe(0);
    expect(mergeCode).toBe('OK');
    // Refused: CONFLICT naming a when b went during the write, BAD_USER_INPUT when already gone at validation.
    expect(assertCodes.filter((code) => !['OK', 'CONFLICT', 'BAD_USER_INPUT'].includes(code))).toEqual([]);
    // Written before the merge, the fact moved to a with its one quote; refused, it is nowhere.
    const onA = await server.query(
      `{ entity(id: "${t.id('a')}") { relations(types: [COOPERATES_WITH]) { edges { node { other { id } evidence { quote } } } } } }`,
    );
    const toY = onA.data?.entity.relations.edges.filter((edge: { node: { other: { id: string } } }) => edge.node.other.id === t.id('y'));
    expect(toY.length).toBe(assertCodes.includes('OK') ? 1 : 0);
    for (const edge of toY) expect(edge.node.evidence.map((item: { quote: string }) => item.quote)).toEqual([t.quote.by]);
  });

  it('never brings a merged-away id back as a second entity when upserts of it race its merge', async () => {
    const t = await buildTrio('upsertrace');
    const rename = { input: { id: t.id('b'), type: 'ORGANIZATION', name: 'Beta Renamed Upsertrace' } };
    const answers = await Promise.all([
      ...Array.from({ length: 5 }, () => server.query(UPSERT, rename, as)),
      merge(t.id('a'), t.id('b')),
      ...Array.from({ length: 5 }, () => server.query(UPSERT, rename, as)),
    ]);
    const codes = answers.map((answer) => String(codeOf(answer) ?? 'OK'));
    expect(codes[5]).toBe('OK');
    expect(codes.filter((code) => !['OK', 'CONFLICT'].includes(code))).toEqual([]);
    const [row] = await server.db.read<{ entities: number; redirects: number }>(
      {
        name: 'test:nodesWithId',
        cypher: 'RETURN COUNT { (e:Entity {id: $id}) } AS entities, COUNT { (r:Redirect {id: $id}) } AS redirects',
      },
      { id: t.id('b') },
    );
    expect(row).toEqual({ entities: 0, redirects: 1 });
    expect((await quotesOf(t.id('b'))).resolvedId).toBe(t.id('a'));
  });

  it('adds an alias racing the merge of its entity before the merge (then moved) or refuses it as CONFLICT', async () => {
    const t = await buildTrio('aliasrace');
    const alias = 'Beta Alias Aliasrace';
    const addAlias = () =>
      server.query(
        'mutation A($id: ID!, $alias: String!) { addAlias(input: { entityId: $id, alias: $alias }) { entity { id } } }',
        { id: t.id('b'), alias },
        as,
      );
    const answers = await Promise.all([
      ...Array.from({ length: 5 }, addAlias),
      merge(t.id('a'), t.id('b')),
      ...Array.from({ length: 5 }, addAlias),
    ]);
    const codes = answers.map((answer) => String(codeOf(answer) ?? 'OK'));
    expect(codes[5]).toBe('OK');
    expect(codes.filter((code) => !['OK', 'CONFLICT'].includes(code))).toEqual([]);
    const { data } = await server.query('query E($id: ID!) { entity(id: $id) { aliases } }', { id: t.id('a') });
    expect(data?.entity.aliases.includes(alias)).toBe(codes.filter((_, i) => i !== 5).includes('OK'));
    const [row] = await server.db.read<{ aliases: unknown }>(
      { name: 'test:redirectAliases', cypher: 'MATCH (r:Redirect {id: $id}) RETURN r.aliases AS aliases' },
      { id: t.id('b') },
    );
    expect(row).toEqual({ aliases: null });
    const late = await addAlias();
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toContain(t.id('a'));
  });

  it('refuses a bundle that writes to a merged-away id as CONFLICT naming where it went, touching nothing', async () => {
    const t = await buildTrio('bundle');
    expect((await merge(t.id('a'), t.id('b'))).errors).toBeUndefined();
    const raw = {
      documents: [],
      entities: [{ file: 'bundle.yaml', value: { id: t.id('b'), type: 'ORGANIZATION', name: 'Beta Again Bundle', aliases: [] } }],
      facts: [],
    };
    const outcome = await expectGraphUnchanged(server.db, () =>
      ingestBundle(server.db, writerNamed('alice-test'), raw as never, 'bundle.yaml'),
    );
    expect(outcome).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect((outcome as Error).message).toContain(t.id('a'));
  });

  it('shows only the real quotes of a fact asserted again after racing merges and their undo', async () => {
    const t = await buildTrio('phantom');
    const assertAgain = async (type: string, from: string, to: string, quote: string) => {
      const input = { type, from, to, status: 'REPORTED', evidence: [{ document: `${t.prefix}doc`, quote }] };
      const answer = await server.query(ASSERT, { input }, as);
      expect(answer.errors).toBeUndefined();
      return (answer.data?.assertFact.relation.evidence as Array<{ quote: string }>).map((item) => item.quote).sort();
    };
    await Promise.all(Array.from({ length: 10 }, () => merge(t.id('a'), t.id('b'))));
    expect(await orphanEvidence(t)).toBe(0);
    expect((await unmerge(t.id('b'))).errors).toBeUndefined();
    expect(await orphanEvidence(t)).toBe(0);
    // b's facts are back on b with their one quote each; a keeps only its own.
    expect(await assertAgain('COOPERATES_WITH', t.id('b'), t.id('x'), t.quote.bx)).toEqual([t.quote.bx]);
    expect(await assertAgain('PARTNER_OF', t.id('b'), t.id('y'), t.quote.by)).toEqual([t.quote.by]);
    expect(await assertAgain('COOPERATES_WITH', t.id('a'), t.id('x'), t.quote.ax)).toEqual([t.quote.ax]);

    await Promise.all(Array.from({ length: 10 }, () => merge(t.id('a'), t.id('b'))));
    expect(await orphanEvidence(t)).toBe(0);
    // b's fact with y now belongs to a: asserted there, it shows b's quote moved over and no other.
    expect(await assertAgain('PARTNER_OF', t.id('a'), t.id('y'), t.quote.by)).toEqual([t.quote.by]);
    expect(await assertAgain('COOPERATES_WITH', t.id('a'), t.id('x'), t.quote.ax)).toEqual([t.quote.ax, t.quote.bx].sort());
  });
});
