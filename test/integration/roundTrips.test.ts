/**
 * The round-trip budget of the benchmark's query mix (docs/benchmarks.md): each costs at most
 * two Cypher round trips (paths and a timeline one), however many items and nested fields it returns, and the data primed
 * into the loaders is what a lazy load would have returned.
 */
import { findDocumentsByIds } from '../../src/store/documents';
import { findEntitiesByIds } from '../../src/store/entities';
import { nameIndexOf } from '../../src/services/lib/nameIndexCache';
import { findEvidenceByFactIds } from '../../src/store/evidence';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // The name index (search and entity(name:) read names through it) is built once per process,
  // not per request: the budget is what a request costs once it exists.
  await nameIndexOf(server.db);
});
afterAll(async () => {
  await server.close();
});

const MIX: Array<[string, string, Record<string, unknown>]> = [
  ['an entity by alias', '{ entity(name: "hena wilkunen") { id name type aliases } }', {}],
  ['a search', '{ search(query: "digital partnership", first: 10) { totalCount edges { score node { id name type } } } }', {}],
  [
    "an entity's relations page with evidence and documents",
    `{ entity(id: "european-union") { id relations(first: 20) { totalCount edges { node { id type other { id name }
       evidence { quote document { id title } } } } } } }`,
    {},
  ],
  [
    'a 2-hop neighbourhood',
    '{ neighborhood(id: "japan", depth: 2, limit: 100) { truncated nodes { id name } edges { id source target } } }',
    {},
  ],
];

// Two relation types: a parameter of the page clauses, which the list's statement must not reuse.
const LIST_WITH_RELATIONS = (
  first: number,
) => `{ entities(first: ${first}, orderBy: RELATION_COUNT_DESC) { totalCount edges { node { id name
  relations(types: [PARTICIPATED_IN, SIGNED], first: 5) { totalCount edges { node { id type other { id name } evidence { quote } } } } } } } }`;

// Their one statement brings what their answers select; an unknown id costs a second (NOT_FOUND).
const ONE_ROUND_TRIP: Array<[string, string]> = [
  [
    'shortest paths',
    '{ paths(from: "henna-virkkunen", to: "japan", maxHops: 4) { length start { id } steps { type other { id name } } } }',
  ],
  [
    'a timeline',
    '{ timeline(entityId: "european-union", first: 20) { totalCount edges { node { date subject { id name } relation { other { id name } } } } } }',
  ],
  ['a list with nested relations', LIST_WITH_RELATIONS(50)],
];

describe('the benchmark query mix', () => {
  it.each(MIX)('costs at most two Cypher round trips: %s', async (_name, query, variables) => {
    const result = await server.query(query, variables);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBeLessThanOrEqual(2);
  });

  it.each(ONE_ROUND_TRIP)('costs one Cypher round trip: %s', async (_name, query) => {
    const result = await server.query(query);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toMatch(/"other":\{"id":"[^"]+","name"/);
    expect(result.roundTrips).toBe(1);
  });

  it("answers an entity's empty timeline, and an unknown entity's NOT_FOUND, in one round trip", async () => {
    const empty = await server.query('{ timeline(entityId: "japan", from: "1900", to: "1901") { totalCount } }');
    expect(empty.data?.timeline).toEqual({ totalCount: 0 });
    expect(empty.roundTrips).toBe(1);
    const unknown = await server.query('{ timeline(entityId: "no-such-entity") { totalCount } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.roundTrips).toBe(1);
  });

  it("gives a list's nodes the same relation pages, read with the list, as each entity's own", async () => {
    const { data, errors } = await server.query(LIST_WITH_RELATIONS(20));
    expect(errors).toBeUndefined();
    const nodes = (data?.entities.edges as Array<{ node: { id: string; relations: { totalCount: number } } }>).map((edge) => edge.node);
    expect(nodes.filter((node) => node.relations.totalCount > 0).length).toBeGreaterThan(2);
    for (const node of nodes) {
      const one = await server.query(`{ entity(id: ${JSON.stringify(node.id)}) { relations(types: [PARTICIPATED_IN, SIGNED], first: 5) {
        totalCount edges { node { id type other { id name } evidence { quote } } } } } }`);
      expect(one.data?.entity.relations).toEqual(node.relations);
    }
  });

  it('reads an entity by id and its relations page with evidence in one round trip', async () => {
    const { data, errors, roundTrips } = await server.query(`{ entity(id: "european-union") { id name relations(first: 5) { totalCount
      edges { node { id other { id name } evidence { quote document { id title } } } } } } }`);
    expect(errors).toBeUndefined();
    expect(data?.entity.name).toBe('European Union');
    expect(data?.entity.relations.edges.length).toBe(5);
    expect(roundTrips).toBe(1);
  });

  it('primes the same other ends, evidence and documents that loading them lazily returns', async () => {
    const { data, errors } = await server.query(`{ entity(id: "european-union") { relations(first: 30) { edges { node {
      id other { id name type aliases } evidence { quote start end status document { id title publishedAt text } } } } } } }`);
    expect(errors).toBeUndefined();
    const nodes = (data?.entity.relations.edges as Array<{ node: { id: string; other: { id: string }; evidence: unknown[] } }>).map(
      (edge) => edge.node,
    );
    expect(nodes.length).toBeGreaterThan(10);
    // server.db registers no loaders: these graph calls are the lazy path.
    const others = await findEntitiesByIds(
      server.db,
      nodes.map((node) => node.other.id),
    );
    const evidence = await findEvidenceByFactIds(
      server.db,
      nodes.map((node) => node.id),
    );
    const documents = new Map(
      (
        await findDocumentsByIds(
          server.db,
          evidence.map((item) => item.documentId),
        )
      ).map((d) => [d.id, d]),
    );
    expect(nodes.map((node) => node.other)).toEqual(
      nodes.map((node) => {
        const other = others.find((entity) => entity.id === node.other.id)!;
        return { id: other.id, name: other.name, type: other.type, aliases: other.aliases };
      }),
    );
    expect(nodes.map((node) => node.evidence)).toEqual(
      nodes.map((node) =>
        evidence
          .filter((item) => item.factId === node.id)
          .map(({ quote, start, end, status, documentId }) => {
            const { id, title, publishedAt, text } = documents.get(documentId)!;
            return { quote, start, end, status, document: { id, title, publishedAt, text } };
          }),
      ),
    );
  });
});

describe('aliased root fields', () => {
  const aliased = (field: (value: string) => string, values: string[]) =>
    `{ ${values.map((value, i) => `a${i}: ${field(value)}`).join(' ')} }`;
  const entityFields = '{ id name type aliases }';

  // Canonical names, an acronym alias, variants only the name engine finds, and a name of nothing.
  const NAMES = [
    'European Union',
    'G7',
    'Japan',
    'South Korea',
    'European Commission',
    'European Council',
    'OECD',
    'Euronews',
    'Henna Virkkunen',
    'Minoru Kiuchi',
    'EU agencies',
    'Digital Agency of Japan',
    'hena wilkunen',
    'Minister Kiuchi',
    'no such entity anywhere at all',
  ];
  const IDS = [
    'european-union',
    'g7',
    'japan',
    'south-korea',
    'european-commission',
    'european-council',
    'oecd',
    'euronews',
    'henna-virkkunen',
    'minoru-kiuchi',
    'eu-agencies',
    'digital-agency-japan',
    'companies',
    'oecd-countries',
    'no-such-entity',
  ];
  const SEARCHES = [
    'digital partnership',
    'japan',
    'european',
    'commission',
    'ai safety',
    'oecd',
    'virkkunen',
    'kiuchi',
    'data',
    'council',
    'korea',
    'agency',
    'minister',
    'euronews',
    'zzzzqqqq',
  ];

  async function answersOneByOne(field: (value: string) => string, values: string[]) {
    const answers: Record<string, unknown> = {};
    for (const [i, value] of values.entries()) {
      const { data, errors } = await server.query(`{ a${i}: ${field(value)} }`);
      expect(errors).toBeUndefined();
      answers[`a${i}`] = data?.[`a${i}`];
    }
    return answers;
  }

  it.each([
    ['entity(name:)', (name: string) => `entity(name: ${JSON.stringify(name)}) ${entityFields}`, NAMES],
    ['entity(id:)', (id: string) => `entity(id: ${JSON.stringify(id)}) ${entityFields}`, IDS],
    [
      'search',
      (text: string) => `search(query: ${JSON.stringify(text)}, first: 5) { totalCount edges { score node { id name } } }`,
      SEARCHES,
    ],
  ] as const)('fifteen aliased %s fields cost at most two round trips and answer as one at a time', async (_name, field, values) => {
    const one = await answersOneByOne(field, [...values]);
    expect(Object.values(one).filter((answer) => answer !== null).length).toBeGreaterThan(10);
    const batched = await server.query(aliased(field, [...values]));
    expect(batched.errors).toBeUndefined();
    expect(batched.data).toEqual(one);
    expect(batched.roundTrips).toBeLessThanOrEqual(2);
  });
});
