/**
 * One resolver of names (issue #13, item 6): entity(name:) and search read a name with the same
 * resolver as ingestDocument, so a variant that links in an article is found by a lookup too, and
 * misspelt or shortened names resolve: an unambiguous best match for entity(name:), a ranking for
 * search.
 */
import { removeIngestedDocuments } from '../support/ingestedDocuments';
import { ALICE, startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await removeIngestedDocuments(server.db, 'nl-');
});
afterAll(async () => {
  await removeIngestedDocuments(server.db, 'nl-');
  await server.close();
});

const ENTITY = 'query($name: String!) { entity(name: $name) { id } }';
const SEARCH = 'query($q: String!, $first: Int) { search(query: $q, first: $first) { edges { score node { id } } } }';

async function entityNamed(name: string): Promise<string | null> {
  const { data, errors } = await server.query<{ entity: { id: string } | null }>(ENTITY, { name });
  expect(errors).toBeUndefined();
  return data?.entity?.id ?? null;
}

async function searchHits(q: string, first = 10): Promise<Array<{ score: number; id: string }>> {
  const { data, errors } = await server.query<{ search: { edges: Array<{ score: number; node: { id: string } }> } }>(SEARCH, {
    q,
    first,
  });
  expect(errors).toBeUndefined();
  return data!.search.edges.map((edge) => ({ score: edge.score, id: edge.node.id }));
}

// Misspelt, shortened and other forms of names the seed graph holds.
const VARIANTS: Array<[string, string]> = [
  ['Virkunen', 'henna-virkkunen'],
  ['virkunen', 'henna-virkkunen'],
  ['Hena Wilkunen', 'henna-virkkunen'],
  ['von der Leyen', 'ursula-von-der-leyen'],
  ['Ursula Von der Leyen', 'ursula-von-der-leyen'],
  ['President von der Leyen', 'ursula-von-der-leyen'],
  ['Minister Kiuchi', 'minoru-kiuchi'],
  ['Kiuchi', 'minoru-kiuchi'],
  ['EU AI Office', 'eu-ai-office'],
  ['AI Safety Institute', 'japan-ai-safety-institute'],
  ['Republic of Korea', 'south-korea'],
  ['DFFT', 'data-free-flow-with-trust'],
  ['dfft', 'data-free-flow-with-trust'],
];

describe('a name looked up', () => {
  it.each(VARIANTS)('"%s" is found by entity(name:) and ranks first in search', async (name, id) => {
    expect(await entityNamed(name)).toBe(id);
    const hits = await searchHits(name);
    expect(hits[0]?.id).toBe(id);
    // The entity is listed once, and scores still fall down the list.
    expect(hits.filter((hit) => hit.id === id)).toHaveLength(1);
    for (let k = 1; k < hits.length; k += 1) expect(hits[k]!.score).toBeLessThanOrEqual(hits[k - 1]!.score);
  });

  it('that several entities fit alike is no entity, while search ranks all of them first', async () => {
    expect(await entityNamed('Digital Partnership Council')).toBeNull();
    const top = (await searchHits('Digital Partnership Council')).slice(0, 4).map((hit) => hit.id);
    expect(top.sort()).toEqual(['eu-japan-dpc-2', 'eu-japan-dpc-3', 'eu-japan-dpc-4', 'eu-korea-dpc-2024']);
  });

  it('keeps the types asked for: a person found by name is no hit when only countries are asked for', async () => {
    const { data, errors } = await server.query<{ search: { edges: Array<{ node: { id: string; type: string } }> } }>(
      'query { search(query: "Virkunen", types: [COUNTRY]) { edges { node { id type } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.search.edges.map((edge) => edge.node.id)).not.toContain('henna-virkkunen');
    for (const edge of data!.search.edges) expect(edge.node.type).toBe('COUNTRY');
  });
});

describe('every name linked in an ingested article', () => {
  it('is found by entity(name:) and ranks first in search, as the same entity', async () => {
    const text =
      "Japan's Executive Vice-President Henna Virkkunen and Minister Kiuchi met in Tokyo. Virkunen and Kiuchi discussed " +
      'Data Free Flow with Trust (DFFT) with the EU AI Office and the AI Safety Institute. Commission President Ursula von der ' +
      'Leyen welcomed the talks; von der Leyen will also meet leaders of the Republic of Korea. Hena Wilkunen called DFFT a priority.';
    const { data, errors } = await server.query<{ ingestDocument: { mentions: Array<{ text: string; entity: { id: string } }> } }>(
      `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { mentions { text entity { id } } } }`,
      { input: { id: 'nl-one-resolver', title: 'One resolver', publishedAt: '2025-06-01', text } },
      { authorization: ALICE },
    );
    expect(errors).toBeUndefined();
    const mentions = data!.ingestDocument.mentions;
    const linked = new Map(mentions.map((mention) => [mention.text, mention.entity.id]));
    // The variants this test is about link in the article...
    const variants: Array<[string, string]> = [
      ['Virkunen', 'henna-virkkunen'],
      ['von der Leyen', 'ursula-von-der-leyen'],
      ['Minister Kiuchi', 'minoru-kiuchi'],
      ['DFFT', 'data-free-flow-with-trust'],
      ['Republic of Korea', 'south-korea'],
      ['Hena Wilkunen', 'henna-virkkunen'],
    ];
    for (const [surface, id] of variants) expect({ surface, id: linked.get(surface) }).toEqual({ surface, id });
    // ...and every linked form, looked up alone, means what it meant in the article.
    for (const [surface, id] of linked) {
      expect({ surface, found: await entityNamed(surface) }).toEqual({ surface, found: id });
      expect({ surface, top: (await searchHits(surface, 1))[0]?.id }).toEqual({ surface, top: id });
    }
  });
});
