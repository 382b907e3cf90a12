import { ALICE, startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const ENTITY = /* GraphQL */ `
  query Entity($id: ID, $name: String) {
    entity(id: $id, name: $name) {
      id
      name
      type
      aliases
      unresolved
    }
  }
`;

describe('Query.entity', () => {
  it('reads an entity by id from Neo4j through its resolver', async () => {
    const { data, errors } = await server.query(ENTITY, { id: 'henna-virkkunen' });
    expect(errors).toBeUndefined();
    expect(data?.entity).toMatchObject({ id: 'henna-virkkunen', name: 'Henna Virkkunen', type: 'PERSON', unresolved: false });
    expect(data?.entity.aliases).toContain('Hena Wilkunen');
  });

  it('resolves a garbled alias to the canonical entity, ignoring case and accents', async () => {
    for (const name of ['Hena Wilkunen', 'hena wilkunen', 'HÉNA  WILKUNEN', 'Henna Virkkunen']) {
      const { data } = await server.query(ENTITY, { name });
      expect({ name, id: data?.entity?.id }).toEqual({ name, id: 'henna-virkkunen' });
    }
    const { data } = await server.query(ENTITY, { name: 'Minor Kuichi' });
    expect(data?.entity?.name).toBe('Minoru Kiuchi');
  });

  it('returns null for a name or id that matches nothing, even one made of Lucene syntax', async () => {
    for (const variables of [{ name: 'Nobody Atall' }, { id: 'no-such-entity' }, { name: '"*:~\\ (' }, { name: 'a" OR "b' }]) {
      const { data, errors } = await server.query(ENTITY, variables);
      expect(errors).toBeUndefined();
      expect(data?.entity).toBeNull();
    }
  });

  it('lists the aliases the seed binds to one document, with that document, apart from the general ones', async () => {
    const SCOPED = /* GraphQL */ `
      query Scoped($id: ID!) {
        entity(id: $id) {
          aliases
          documentAliases {
            text
            document {
              id
            }
          }
        }
      }
    `;
    const { data } = await server.query(SCOPED, { id: 'eu-member-states' });
    expect(data?.entity.documentAliases).toEqual([{ text: 'national governments', document: { id: 'euronews-eu-japan-ai-data-flows' } }]);
    expect(data?.entity.aliases).toContain('national governments');
    // "The EU" is seen in a document but declared general: it is no document alias.
    const union = await server.query(SCOPED, { id: 'european-union' });
    expect(union.data?.entity.aliases).toContain('The EU');
    expect(union.data?.entity.documentAliases).toEqual([]);
  });

  it('finds an entity by a variant of its name: title and surname, acronym, surname alone, another name of a country', async () => {
    const variants: Array<[string, string]> = [
      ['Minister Kiuchi', 'minoru-kiuchi'],
      ['Kiuchi', 'minoru-kiuchi'],
      ['DFFT', 'data-free-flow-with-trust'],
      ['Virkkunen', 'henna-virkkunen'],
      ['Executive Vice-President Virkkunen', 'henna-virkkunen'],
      ['EVP Virkkunen', 'henna-virkkunen'],
      ['Henna Virkunen', 'henna-virkkunen'],
      ['EU AI Office', 'eu-ai-office'],
      ['AI Safety Institute', 'japan-ai-safety-institute'],
      ['Republic of Korea', 'south-korea'],
      ['the EU', 'european-union'],
      ['second Digital Partnership Council', 'eu-japan-dpc-2'],
    ];
    for (const [name, id] of variants) {
      const { data, errors } = await server.query(ENTITY, { name });
      expect(errors).toBeUndefined();
      expect({ name, found: data?.entity?.id ?? null }).toEqual({ name, found: id });
    }
  });

  it('gives null for a name several entities fit equally, and for a form bound to one document', async () => {
    // Four councils are "Digital Partnership Council"s; "the council" and "national governments"
    // name an entity only inside their own article.
    for (const name of [
      'Digital Partnership Council',
      'the council',
      'national governments',
      'EU-Japan Council',
      'Memorandum of Cooperation',
    ]) {
      const { data, errors } = await server.query(ENTITY, { name });
      expect(errors).toBeUndefined();
      expect({ name, found: data?.entity?.id ?? null }).toEqual({ name, found: null });
    }
  });

  it('answers odd or long names without an error', async () => {
    for (const name of ['\uFEFFJapan', 'Japan\u2028EU', 'x'.repeat(301), 'Japan '.repeat(60), '...', '\u200B']) {
      const { errors } = await server.query(ENTITY, { name });
      expect(errors).toBeUndefined();
    }
  });

  it('finds a variant of an entity written a moment before through the API (the name index follows writes), not a document-bound alias', async () => {
    const cleanup = {
      name: 'test:cleanupEntityQuery',
      cypher: "MATCH (n) WHERE (n:Entity OR n:Change) AND (n.id STARTS WITH 'eq-' OR n.summary CONTAINS 'eq-') DETACH DELETE n",
    };
    await server.db.write(cleanup);
    try {
      expect((await server.query(ENTITY, { name: 'Minister Quellenberg' })).data?.entity).toBeNull();
      const upsert = await server.query(
        'mutation { upsertEntity(input: { id: "eq-quellenberg", type: PERSON, name: "Ottilie Quellenberg" }) { entity { id } } }',
        {},
        { authorization: ALICE },
      );
      expect(upsert.errors).toBeUndefined();
      const { data } = await server.query(ENTITY, { name: 'Minister Quellenberg' });
      expect(data?.entity?.id).toBe('eq-quellenberg');

      // An alias written with document scope is bound to its document, and names nothing elsewhere.
      const scoped = await server.query(
        `mutation { upsertEntity(input: { id: "eq-minutes", type: ORGANIZATION, name: "Minutes Office of Testing",
           aliases: [{ text: "the minutes", document: "euronews-eu-japan-ai-data-flows", scope: DOCUMENT }] }) {
           entity { documentAliases { text document { id } } } } }`,
        {},
        { authorization: ALICE },
      );
      expect(scoped.errors).toBeUndefined();
      expect(scoped.data?.upsertEntity.entity.documentAliases).toEqual([
        { text: 'the minutes', document: { id: 'euronews-eu-japan-ai-data-flows' } },
      ]);
      expect((await server.query(ENTITY, { name: 'the minutes' })).data?.entity).toBeNull();
    } finally {
      await server.db.write(cleanup);
    }
  });

  it('asks for exactly one of id and name', async () => {
    for (const variables of [{}, { id: 'japan', name: 'Japan' }]) {
      const { errors } = await server.query(ENTITY, variables);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps an unclear mention unresolved instead of guessing who it is', async () => {
    const { data } = await server.query(ENTITY, { name: 'President Wiess' });
    expect(data?.entity).toMatchObject({ unresolved: true, type: 'PERSON' });
  });
});

const RELATIONS = /* GraphQL */ `
  query Relations($id: ID!, $types: [RelationType!], $direction: Direction, $first: Int, $after: String) {
    entity(id: $id) {
      relations(types: $types, direction: $direction, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            type
            direction
            date
            datePrecision
            dateInferred
            status
            role
            other {
              id
              name
              type
            }
            evidence {
              quote
              start
              end
              status
              document {
                id
                title
                text
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

describe('Entity.relations', () => {
  it('answers who co-chaired the third council, with the sentence that says so', async () => {
    const { data, errors } = await server.query(RELATIONS, { id: 'eu-japan-dpc-3', types: ['CO_CHAIRED'], direction: 'INCOMING' });
    expect(errors).toBeUndefined();
    const edges = data?.entity.relations.edges as Array<{ node: any }>;
    expect(edges.map((edge) => edge.node.other.id)).toContain('henna-virkkunen');
    for (const { node } of edges) {
      expect(node).toMatchObject({ type: 'CO_CHAIRED', direction: 'INCOMING' });
      expect(node.evidence.length).toBeGreaterThan(0);
      for (const evidence of node.evidence) expect(evidence.document.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });

  it('answers who signed the quantum letter of intent and when, with the inferred year flagged', async () => {
    const { data } = await server.query(RELATIONS, { id: 'eu-japan-quantum-letter-of-intent', types: ['SIGNED'], direction: 'INCOMING' });
    const signers = (data?.entity.relations.edges as Array<{ node: any }>).map(({ node }) => node);
    expect(signers.map((node) => node.other.id)).toEqual(expect.arrayContaining(['henna-virkkunen', 'minoru-kiuchi']));
    expect(signers.find((node) => node.other.id === 'minoru-kiuchi')).toMatchObject({
      date: '2025-05-13',
      datePrecision: 'DAY',
      dateInferred: true,
      status: 'REPORTED',
    });
  });

  it('pages through all relations with cursors, without gaps or repeats', async () => {
    const all = await server.query(RELATIONS, { id: 'european-union', first: 100 });
    const total = all.data?.entity.relations.totalCount as number;
    expect(total).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const result: { data?: any } = await server.query(RELATIONS, { id: 'european-union', first: 4, after });
      const connection = result.data?.entity.relations;
      seen.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data?.entity.relations.edges.map((edge: { node: { id: string } }) => edge.node.id));
    expect(new Set(seen).size).toBe(total);
  });

  it('filters by direction: outgoing relations start at the entity', async () => {
    const { data } = await server.query(RELATIONS, { id: 'henna-virkkunen', direction: 'OUTGOING' });
    const edges = data?.entity.relations.edges as Array<{ node: any }>;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every(({ node }) => node.direction === 'OUTGOING')).toBe(true);
  });

  it('rejects first above 100 and a forged cursor with BAD_USER_INPUT', async () => {
    for (const variables of [
      { id: 'japan', first: 101 },
      { id: 'japan', first: -5 },
      { id: 'japan', after: 'forged' },
    ]) {
      const { errors } = await server.query(RELATIONS, variables);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('costs a bounded number of round trips however many relations and evidence items it returns', async () => {
    const small = await server.query(RELATIONS, { id: 'tokyo', first: 100 });
    const large = await server.query(RELATIONS, { id: 'european-union', first: 100 });
    expect(large.data?.entity.relations.edges.length).toBeGreaterThan(small.data?.entity.relations.edges.length);
    // entity + relations + other entities + evidence + documents
    expect(large.roundTrips).toBeLessThanOrEqual(5);
    expect(large.roundTrips).toBe(small.roundTrips);
  });
});

describe('Query.document', () => {
  it('returns a source document with its metadata, and null for an unknown id', async () => {
    const { data } = await server.query(
      `{ document(id: "euronews-eu-japan-ai-data-flows") { title author publisher publishedAt publishedAtInferred } none: document(id: "nope") { id } }`,
    );
    expect(data?.document).toEqual({
      title: 'EU-Japan to cooperate on AI, data flows',
      author: 'Cynthia Kroet',
      publisher: 'Euronews',
      publishedAt: '2024-04',
      publishedAtInferred: true,
    });
    expect(data?.none).toBeNull();
  });
});
