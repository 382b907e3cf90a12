import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.db.write({ name: 'test:searchEvidence:cleanup', cypher: "MATCH (n) WHERE n.id STARTS WITH 'sev-' DETACH DELETE n" });
  await server.close();
});

const SEARCH = `query S($q: String!, $first: Int, $after: String) {
  searchEvidence(query: $q, first: $first, after: $after) {
    totalCount
    edges { cursor score node {
      quote start end document { id text }
      facts { id type status from { id } to { id } }
      evidence { status fact { id } datedEntity { id } }
    } }
    pageInfo { hasNextPage endCursor }
  } }`;

interface Hit {
  score: number;
  node: {
    quote: string;
    start: number;
    end: number;
    document: { id: string; text: string };
    facts: Array<{ id: string; type: string; status: string; from: { id: string }; to: { id: string } }>;
    evidence: Array<{ status: string; fact: { id: string } | null; datedEntity: { id: string } | null }>;
  };
}

async function hits(q: string, first?: number): Promise<Hit[]> {
  const result = await server.query(SEARCH, { q, first });
  expect(result.errors).toBeUndefined();
  return result.data?.searchEvidence.edges as Hit[];
}

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

describe('Query.searchEvidence', () => {
  it('finds the sentence that says Japanese companies are encouraged to join the AI Pact, with its fact and article', async () => {
    const [top] = await hits('Japanese companies are encouraged to join the AI Pact');
    expect(top?.node.document.id).toBe('euronews-eu-japan-ai-data-flows');
    expect(top?.node.quote).toMatch(/Japanese companies are encouraged to participate in the AI Pact/);
    expect(top?.node.facts).toEqual([
      {
        id: 'japanese-companies.ENCOURAGED_TO_JOIN.ai-pact',
        type: 'ENCOURAGED_TO_JOIN',
        status: 'REPORTED',
        from: { id: 'japanese-companies' },
        to: { id: 'ai-pact' },
      },
    ]);
  });

  it('returns quotes verbatim at their offsets in the document', async () => {
    for (const hit of await hits('Tokyo Brussels council', 20)) {
      expect(hit.node.document.text.slice(hit.node.start, hit.node.end)).toBe(hit.node.quote);
    }
  });

  it('tolerates misspelt words: "Kiuchi signd a leter of intnet" finds the letter of intent being signed', async () => {
    const top = (await hits('Kiuchi signd a leter of intnet', 3)).map((hit) => hit.node);
    const signature = top.find((passage) =>
      passage.facts.some((fact) => fact.id === 'minoru-kiuchi.SIGNED.eu-japan-quantum-letter-of-intent'),
    );
    expect(signature?.quote).toMatch(
      /^On May 13th, President Wiess, President Wilkunen and Japan Minister of Science and Technology Policy, Minor Kuichi, signed/,
    );
    expect(signature?.facts.map((fact) => fact.id)).toEqual(
      expect.arrayContaining([
        'henna-virkkunen.SIGNED.eu-japan-quantum-letter-of-intent',
        'president-wiess.SIGNED.eu-japan-quantum-letter-of-intent',
      ]),
    );
  });

  it('gives a passage once, with every fact it states and the status it gives each', async () => {
    const found = await hits('a joint semiconductor research forum that will connect European and Korean researchers');
    const forum = found.filter(
      (hit) => hit.node.quote === 'a joint semiconductor research forum that will connect European and Korean researchers',
    );
    expect(forum).toHaveLength(1);
    const statuses = Object.fromEntries(forum[0]!.node.evidence.map((item) => [item.fact?.id, item.status]));
    expect(statuses).toEqual({
      'eu-korea-semiconductor-research-forum.COVERS.semiconductors': 'REPORTED',
      'eu-korea-semiconductor-research-forum.CONNECTS.european-korean-researchers': 'PLANNED',
    });
    const passages = found.map((hit) => `${hit.node.document.id}:${hit.node.start}:${hit.node.end}`);
    expect(new Set(passages).size).toBe(passages.length);
  });

  it('shows the evidence of an entity’s own date as its dated entity, without a fact', async () => {
    const found = await hits('The fourth Digital Partnership Council is planned in Brussels in 2026');
    const dates = found.flatMap((hit) => hit.node.evidence.filter((item) => item.datedEntity !== null));
    expect(dates).toContainEqual({ status: 'PLANNED', fact: null, datedEntity: { id: 'eu-japan-dpc-4' } });
  });

  it('ranks passages by score, best first', async () => {
    const scores = (await hits('AI Office Japan Safety Institute cooperation', 50)).map((hit) => hit.score);
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('does not find the quotes of a retracted fact', async () => {
    await server.db.write({
      name: 'test:searchEvidence:setup',
      cypher: `
        CREATE (d:Document {id: 'sev-doc', title: 'Quokka report', text: 'Quokkas of Rottnest cooperate. Wombats of Tasmania cooperated once.', language: 'en', publishedAtInferred: false, titleIsEditorial: false, machineTranslated: false})
        CREATE (a:Entity:Organization {id: 'sev-quokkas', type: 'ORGANIZATION', name: 'Rottnest quokkas', aliases: [], nameKey: 'rottnest quokkas', unresolved: false})
        CREATE (b:Entity:Organization {id: 'sev-wombats', type: 'ORGANIZATION', name: 'Tasmanian wombats', aliases: [], nameKey: 'tasmanian wombats', unresolved: false})
        CREATE (a)-[:COOPERATES_WITH {id: 'sev-quokkas.COOPERATES_WITH.sev-wombats', status: 'REPORTED'}]->(b)
        CREATE (b)-[:SUPPORTS {id: 'sev-wombats.SUPPORTS.sev-quokkas', status: 'REPORTED', retractedAt: datetime()}]->(a)
        CREATE (:Evidence {id: 'sev-live', factId: 'sev-quokkas.COOPERATES_WITH.sev-wombats', quote: 'Quokkas of Rottnest cooperate.', start: 0, end: 30, status: 'REPORTED'})-[:QUOTED_FROM]->(d)
        CREATE (:Evidence {id: 'sev-gone', factId: 'sev-wombats.SUPPORTS.sev-quokkas', quote: 'Wombats of Tasmania cooperated once.', start: 31, end: 67, status: 'REPORTED'})-[:QUOTED_FROM]->(d)`,
    });
    await server.db.write({ name: 'test:searchEvidence:awaitIndexes', cypher: 'CALL db.awaitIndexes(60)' });
    const quotes = async (q: string) => (await hits(q)).map((hit) => hit.node.quote);
    expect(await quotes('quokkas rottnest')).toEqual(['Quokkas of Rottnest cooperate.']);
    expect(await quotes('wombats tasmania')).not.toContain('Wombats of Tasmania cooperated once.');
  });

  it('treats Lucene syntax and Cypher fragments as text, and answers an empty query with nothing', async () => {
    for (const q of ['+ - ! ( ) : " ~ * ? \\ / [ ] { } ^ && ||', 'AND OR NOT', "') MATCH (n) DETACH DELETE n //", '\u0000\u202e']) {
      const result = await server.query(SEARCH, { q });
      expect({ q, errors: result.errors }).toEqual({ q, errors: undefined });
    }
    const { data } = await server.query(SEARCH, { q: '   ' });
    expect(data?.searchEvidence).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('rejects a query over 500 characters, a page over 100 and a forged cursor', async () => {
    expect(codeOf(await server.query(SEARCH, { q: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.query(SEARCH, { q: 'EU', first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.query(SEARCH, { q: 'EU', after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('pages through passages with cursors, in the same order as one long page', async () => {
    const all = await server.query(SEARCH, { q: 'EU Japan', first: 100 });
    const firstPage = await server.query(SEARCH, { q: 'EU Japan', first: 4 });
    const second = await server.query(SEARCH, { q: 'EU Japan', first: 4, after: firstPage.data?.searchEvidence.pageInfo.endCursor });
    const spans = (result: typeof all) =>
      (result.data?.searchEvidence.edges as Hit[]).map((edge) => `${edge.node.document.id}:${edge.node.start}:${edge.node.end}`);
    expect(all.data?.searchEvidence.totalCount).toBeGreaterThan(8);
    expect([...spans(firstPage), ...spans(second)]).toEqual(spans(all).slice(0, 8));
  });
});
