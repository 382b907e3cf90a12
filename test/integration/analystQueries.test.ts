import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

describe('Query.search', () => {
  const SEARCH = `query S($q: String!, $types: [EntityType!], $first: Int, $after: String) {
    search(query: $q, types: $types, first: $first, after: $after) {
      totalCount edges { cursor score node { id type } } pageInfo { hasNextPage endCursor } } }`;

  it('finds Henna Virkkunen first from a misspelt name', async () => {
    for (const q of ['Virkunen', 'virkkunen', 'Wilkunen', 'henna']) {
      const { data } = await server.query(SEARCH, { q });
      expect({ q, top: data?.search.edges[0]?.node.id }).toEqual({ q, top: 'henna-virkkunen' });
    }
  });

  it('ranks results by score and filters by type', async () => {
    const { data } = await server.query(SEARCH, { q: 'AI', types: ['INITIATIVE'], first: 100 });
    const edges = data?.search.edges as Array<{ score: number; node: { type: string } }>;
    expect(edges.length).toBeGreaterThan(1);
    expect(edges.every((edge) => edge.node.type === 'INITIATIVE')).toBe(true);
    const scores = edges.map((edge) => edge.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('treats Lucene syntax and Cypher fragments as text, never as an error', async () => {
    for (const q of ['+ - ! ( ) : " ~ * ? \\ / [ ] { } ^ && ||', 'AND OR NOT', "') MATCH (n) DETACH DELETE n //", '\u0000\u202e', '']) {
      const result = await server.query(SEARCH, { q });
      expect({ q, errors: result.errors }).toEqual({ q, errors: undefined });
    }
    const { data } = await server.query(SEARCH, { q: '"Hiroshima" AND (process)' });
    expect(data?.search.edges[0]?.node.id).toBe('hiroshima-ai-process');
  });

  it('rejects a query over 500 characters and a page over 100', async () => {
    expect(codeOf(await server.query(SEARCH, { q: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.query(SEARCH, { q: 'EU', first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('pages through results with cursors', async () => {
    const all = await server.query(SEARCH, { q: 'EU', first: 100 });
    const firstPage = await server.query(SEARCH, { q: 'EU', first: 3 });
    const second = await server.query(SEARCH, { q: 'EU', first: 3, after: firstPage.data?.search.pageInfo.endCursor });
    const ids = (result: typeof all) => result.data?.search.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect([...ids(firstPage), ...ids(second)]).toEqual(ids(all).slice(0, 6));
  });
});

describe('Query.entities', () => {
  const LIST = `query L($types: [EntityType!], $prefix: String, $from: String, $to: String, $order: EntityOrder, $first: Int) {
    entities(types: $types, namePrefix: $prefix, factsFrom: $from, factsTo: $to, orderBy: $order, first: $first) {
      totalCount edges { node { id name type } } pageInfo { hasNextPage } } }`;

  it('lists entities of a type by name, with a total', async () => {
    const { data } = await server.query(LIST, { types: ['COUNTRY', 'BLOC'] });
    const names = data?.entities.edges.map((edge: { node: { name: string } }) => edge.node.name);
    expect(names).toEqual(expect.arrayContaining(['European Union', 'Japan', 'South Korea']));
    expect(names).toEqual([...names].sort((a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(data?.entities.totalCount).toBe(names.length);
  });

  it('filters by a name prefix, ignoring case and accents', async () => {
    const { data } = await server.query(LIST, { prefix: 'HÏRO' });
    expect(data?.entities.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(['hiroshima-ai-process']);
  });

  it('keeps only entities with a dated fact in the period', async () => {
    const { data } = await server.query(LIST, { from: '2022-05', to: '2022-05', first: 100 });
    const ids = data?.entities.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toEqual(expect.arrayContaining(['eu-japan-digital-partnership']));
    expect(ids).not.toContain('henna-virkkunen');
  });

  it('sorts the most connected first on request', async () => {
    const { data } = await server.query(
      `{ entities(orderBy: RELATION_COUNT_DESC, first: 100) { edges { node { id relations(first: 0) { totalCount } } } } }`,
    );
    const degrees = data?.entities.edges.map((edge: { node: { relations: { totalCount: number } } }) => edge.node.relations.totalCount);
    expect(degrees.length).toBeGreaterThan(50);
    expect(degrees).toEqual([...degrees].sort((a: number, b: number) => b - a));
    expect(degrees[0]).toBeGreaterThan(degrees.at(-1));
  });

  it('rejects a date that is not an ISO date', async () => {
    expect(codeOf(await server.query(LIST, { from: '30 April 2024' }))).toBe('BAD_USER_INPUT');
  });
});

describe('Query.paths', () => {
  const PATHS = `query P($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $types: [RelationType!]) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first, types: $types) {
      length cypher start { id } steps { id type direction other { id } evidence { quote } } } }`;

  it('answers how Henna Virkkunen connects to the Hiroshima AI Process, each step with evidence', async () => {
    const { data, errors } = await server.query(PATHS, { from: 'henna-virkkunen', to: 'hiroshima-ai-process' });
    expect(errors).toBeUndefined();
    const paths = data?.paths as Array<{
      length: number;
      start: { id: string };
      steps: Array<{ other: { id: string }; evidence: unknown[] }>;
      cypher: string;
    }>;
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.start.id).toBe('henna-virkkunen');
      expect(path.steps).toHaveLength(path.length);
      expect(path.steps.at(-1)?.other.id).toBe('hiroshima-ai-process');
      for (const step of path.steps) expect(step.evidence.length).toBeGreaterThan(0);
    }
    const lengths = paths.map((path) => path.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('gives Cypher that returns the same path in Neo4j', async () => {
    const { data } = await server.query(PATHS, { from: 'henna-virkkunen', to: 'hiroshima-ai-process', first: 1 });
    const path = data?.paths[0];
    const rows = await server.db.read<{ ids: string[] }>({
      name: 'test:pathCypher',
      cypher: path.cypher.replace('RETURN p', 'RETURN [n IN nodes(p) | n.id] AS ids'),
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.ids).toEqual(['henna-virkkunen', ...path.steps.map((step: { other: { id: string } }) => step.other.id)]);
  });

  it('returns no path when the hop bound is too short, and respects a relation-type filter', async () => {
    const short = await server.query(PATHS, { from: 'henna-virkkunen', to: 'hiroshima-ai-process', maxHops: 1 });
    expect(short.data?.paths).toEqual([]);
    const filtered = await server.query(PATHS, { from: 'henna-virkkunen', to: 'tokyo', types: ['CO_CHAIRED', 'HELD_IN'] });
    for (const path of filtered.data?.paths ?? []) {
      for (const step of path.steps) expect(['CO_CHAIRED', 'HELD_IN']).toContain(step.type);
    }
    expect(filtered.data?.paths.length).toBeGreaterThan(0);
  });

  it('says NOT_FOUND for an unknown entity and BAD_USER_INPUT for maxHops over 6', async () => {
    expect(codeOf(await server.query(PATHS, { from: 'nobody', to: 'japan' }))).toBe('NOT_FOUND');
    expect(codeOf(await server.query(PATHS, { from: 'japan', to: 'nobody' }))).toBe('NOT_FOUND');
    expect(codeOf(await server.query(PATHS, { from: 'nobody', to: 'nobody' }))).toBe('NOT_FOUND');
    expect(codeOf(await server.query(PATHS, { from: 'japan', to: 'nobody', first: 0 }))).toBe('NOT_FOUND');
    expect(codeOf(await server.query(PATHS, { from: 'japan', to: 'tokyo', maxHops: 7 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.query(PATHS, { from: 'japan', to: 'tokyo', first: 21 }))).toBe('BAD_USER_INPUT');
  });
});

describe('Query.neighborhood', () => {
  const HOOD = `query N($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) { truncated cypher nodes { id } edges { id type source target relation { evidence { quote } } } } }`;

  it('returns a drawable subgraph whose edges join returned nodes', async () => {
    const { data, errors } = await server.query(HOOD, { id: 'eu-japan-dpc-3', depth: 2, limit: 40 });
    expect(errors).toBeUndefined();
    const ids = new Set(data?.neighborhood.nodes.map((node: { id: string }) => node.id));
    expect(ids.has('eu-japan-dpc-3')).toBe(true);
    expect(ids.size).toBeLessThanOrEqual(40);
    for (const edge of data?.neighborhood.edges ?? []) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.relation.evidence.length).toBeGreaterThan(0);
    }
  });

  it('stops at the node limit near a hub and says it was cut short', async () => {
    const { data } = await server.query(HOOD, { id: 'european-union', depth: 3, limit: 5 });
    expect(data?.neighborhood.nodes).toHaveLength(5);
    expect(data?.neighborhood.truncated).toBe(true);
  });

  it('gives Cypher that returns the same nodes in Neo4j', async () => {
    const { data } = await server.query(HOOD, { id: 'tokyo', depth: 1 });
    const rows = await server.db.read<{ id: string }>({
      name: 'test:hoodCypher',
      cypher: data?.neighborhood.cypher.replace('RETURN n, r, m', 'RETURN DISTINCT n.id AS id'),
    });
    expect(rows.map((row) => row.id).sort()).toEqual(data?.neighborhood.nodes.map((node: { id: string }) => node.id).sort());
  });

  it('rejects depth over 3 and limit over 500; NOT_FOUND for an unknown entity', async () => {
    expect(codeOf(await server.query(HOOD, { id: 'japan', depth: 4 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.query(HOOD, { id: 'japan', limit: 501 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.query(HOOD, { id: 'atlantis' }))).toBe('NOT_FOUND');
  });
});

describe('Query.timeline', () => {
  const TIMELINE = `query T($id: ID, $from: String, $to: String, $first: Int) {
    timeline(entityId: $id, from: $from, to: $to, first: $first) {
      totalCount edges { node { kind date endDate precision inferred status subject { id } relation { type other { id } } evidence { quote } } } } }`;

  it('lists an entity’s dated facts in date order with their precision', async () => {
    const { data } = await server.query(TIMELINE, { id: 'henna-virkkunen' });
    const entries = data?.timeline.edges.map((edge: { node: any }) => edge.node);
    expect(entries).toContainEqual(
      expect.objectContaining({
        kind: 'FACT',
        date: '2025-05-13',
        precision: 'DAY',
        inferred: true,
        relation: expect.objectContaining({ type: 'SIGNED' }),
      }),
    );
    const dates = entries.map((entry: { date: string }) => entry.date.padEnd(10, '-'));
    expect(dates).toEqual([...dates].sort());
  });

  it('keeps entries overlapping the period, whatever their precision', async () => {
    const { data } = await server.query(TIMELINE, { from: '2024-04', to: '2024-05', first: 100 });
    const entries = data?.timeline.edges.map((edge: { node: any }) => edge.node) as Array<{ date: string; evidence: unknown[] }>;
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.date.startsWith('2024-04') || entry.date.startsWith('2024-05') || entry.date === '2024').toBe(true);
      expect(entry.evidence.length).toBeGreaterThan(0);
    }
  });

  it('says NOT_FOUND for an unknown entity, and an empty timeline for an entity without dates in the period', async () => {
    expect(codeOf(await server.query(TIMELINE, { id: 'nobody' }))).toBe('NOT_FOUND');
    const empty = await server.query(TIMELINE, { id: 'japan', from: '1900', to: '1901' });
    expect(empty.errors).toBeUndefined();
    expect(empty.data?.timeline).toEqual({ totalCount: 0, edges: [] });
  });

  it('marks the planned fourth council as planned, not reported', async () => {
    const { data } = await server.query(TIMELINE, { from: '2026', to: '2026' });
    const council = data?.timeline.edges
      .map((edge: { node: any }) => edge.node)
      .find((node: { subject: { id: string } }) => node.subject.id === 'eu-japan-dpc-4');
    expect(council).toMatchObject({ date: '2026', precision: 'YEAR', status: 'PLANNED' });
  });
});

describe('Query.commonConnections', () => {
  it('answers what the EU and Japan both signed or support, read from each side', async () => {
    const { data, errors } = await server.query(`{ commonConnections(a: "european-union", b: "japan", first: 100) {
      entity { id } viaA { type other { id } } viaB { type other { id } } } }`);
    expect(errors).toBeUndefined();
    const shared = data?.commonConnections as Array<{
      entity: { id: string };
      viaA: Array<{ other: { id: string } }>;
      viaB: Array<{ other: { id: string } }>;
    }>;
    expect(shared.map((item) => item.entity.id)).toEqual(expect.arrayContaining(['eu-japan-digital-partnership', 'hiroshima-ai-process']));
    for (const item of shared) {
      expect(item.viaA.every((relation) => relation.other.id === item.entity.id)).toBe(true);
      expect(item.viaB.every((relation) => relation.other.id === item.entity.id)).toBe(true);
    }
  });
});

describe('Query.documents', () => {
  it('lists each source with the facts it supports and the entities it names', async () => {
    const { data, errors } = await server.query(`{ documents { totalCount edges { node { id
      facts(first: 100) { totalCount edges { node { id from { id } to { id } evidence { document { id } } } } }
      mentions { text start end entity { id } } text } } } }`);
    expect(errors).toBeUndefined();
    expect(data?.documents.totalCount).toBe(2);
    for (const { node } of data?.documents.edges ?? []) {
      expect(node.facts.totalCount).toBeGreaterThan(20);
      for (const fact of node.facts.edges) {
        expect(fact.node.evidence.map((item: { document: { id: string } }) => item.document.id)).toContain(node.id);
      }
      for (const mention of node.mentions) expect(node.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('answers which article says so: the evidence of a fact names its document', async () => {
    const { data } = await server.query(`{ entity(id: "eu-japan-digital-partnership") { relations(types: [SIGNED_AT]) {
      edges { node { other { name } date evidence { quote document { title publisher } } } } } } }`);
    const edge = data?.entity.relations.edges[0]?.node;
    expect(edge.date).toBe('2022-05');
    expect(edge.evidence[0].document).toEqual({ title: 'EU-Japan to cooperate on AI, data flows', publisher: 'Euronews' });
  });
});

describe('round trips', () => {
  it('stay bounded for 50 entities with their relations, evidence and documents', async () => {
    const NESTED = `query N($first: Int) { entities(first: $first) { edges { node { id name
      relations(first: 10) { totalCount edges { node { type other { name } evidence { quote document { title } } } } } } } } }`;
    const few = await server.query(NESTED, { first: 2 });
    const many = await server.query(NESTED, { first: 50 });
    expect(many.errors).toBeUndefined();
    expect(many.data?.entities.edges).toHaveLength(50);
    expect(many.roundTrips).toBe(few.roundTrips);
    expect(many.roundTrips).toBeLessThanOrEqual(6);
  });
});
