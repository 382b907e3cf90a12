/**
 * ingestDocument resolves names with the name engine against the seed graph in Neo4j: variants
 * link, names the graph lacks are proposed and stored as candidates with their document (never
 * as entities or facts), and an undecided mention is listed with its candidates, not linked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findCandidatesByDocumentIds } from '../../src/store/candidates';
import { expectGraphUnchanged } from '../support/counts';
import { removeIngestedDocuments } from '../support/ingestedDocuments';
import { ALICE, startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await removeIngestedDocuments(server.db, 'in-');
});
afterAll(async () => {
  await removeIngestedDocuments(server.db, 'in-');
  await server.close();
});

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) {
      created
      mentions {
        text
        start
        end
        entity {
          id
        }
      }
      candidates {
        id
        name
        type
        surface
        start
        end
        sentence
        sentenceStart
        sentenceEnd
        document {
          id
        }
        matches {
          entity {
            id
            name
          }
          score
          explanation
        }
      }
      ambiguous {
        id
        text
        start
        end
        sentence
        candidates {
          entity {
            id
            name
          }
          score
          explanation
          features {
            feature
            score
            detail
          }
        }
      }
    }
  }
`;

interface Payload {
  created: boolean;
  mentions: Array<{ text: string; start: number; end: number; entity: { id: string } }>;
  candidates: Array<{
    id: string;
    name: string;
    type: string;
    surface: string;
    start: number;
    end: number;
    sentence: string;
    sentenceStart: number;
    sentenceEnd: number;
    document: { id: string };
    matches: Array<{ entity: { id: string; name: string }; score: number; explanation: string }>;
  }>;
  ambiguous: Array<{
    id: string;
    text: string;
    start: number;
    end: number;
    sentence: string;
    candidates: Array<{ entity: { id: string }; score: number; explanation: string; features: Array<{ feature: string }> }>;
  }>;
}

async function ingest(input: Record<string, unknown>): Promise<Payload> {
  const { data, errors } = await server.query<{ ingestDocument: Payload }>(INGEST, { input }, { authorization: ALICE });
  expect(errors).toBeUndefined();
  return data!.ingestDocument;
}

const ARTICLE = fs.readFileSync(path.join(__dirname, '../../eval/articles/eu-japan-centre-dpc2-2024.txt'), 'utf8');
const article = {
  id: 'in-eu-japan-centre-dpc2',
  title: 'Second EU-Japan Digital Partnership Council',
  publishedAt: '2024-04-30',
  text: ARTICLE,
};

describe('ingesting a real article through the name engine', () => {
  let payload: Payload;
  beforeAll(async () => {
    payload = await ingest(article);
  });

  it('links variants the graph has no alias for: an ordinal in words, a description of the next council', () => {
    expect(payload.created).toBe(true);
    const links = payload.mentions.map((mention) => [mention.text, mention.entity.id]);
    // The seed's alias is "2nd Digital Partnership Council"; the article writes "second".
    expect(links).toContainEqual(['second Digital Partnership Council', 'eu-japan-dpc-2']);
    expect(links).toContainEqual(['The next Digital Partnership Council', 'eu-japan-dpc-3']);
    expect(links).toContainEqual(['HPC', 'high-performance-computing']);
    for (const mention of payload.mentions) expect(ARTICLE.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('proposes a person the graph lacks as a PERSON candidate, with offsets and the sentence that names him', () => {
    const breton = payload.candidates.find((candidate) => candidate.name === 'Thierry Breton');
    expect(breton).toMatchObject({ type: 'PERSON', document: { id: article.id } });
    expect(ARTICLE.slice(breton!.start, breton!.end)).toBe(breton!.surface);
    expect(breton!.sentence).toBe(ARTICLE.slice(breton!.sentenceStart, breton!.sentenceEnd));
    expect(breton!.sentence).toContain(breton!.surface);
    expect(breton!.sentence.length).toBeLessThan(ARTICLE.length);
    // A candidate is not linked as a mention.
    expect(payload.mentions.some((mention) => mention.start === breton!.start)).toBe(false);
  });

  it('stores the candidates with the document, as candidates only: no entity and no fact is created for them', async () => {
    const stored = await findCandidatesByDocumentIds(server.db, [article.id]);
    expect(stored.map((candidate) => candidate.id).sort()).toEqual(
      [...payload.candidates.map((candidate) => candidate.id), ...payload.ambiguous.map((mention) => mention.id)].sort(),
    );
    const [row] = await server.db.read<{ entities: number; linked: number }>(
      {
        name: 'test:candidateIsNoEntity',
        cypher: `
        OPTIONAL MATCH (e:Entity {name: 'Thierry Breton'})
        WITH count(e) AS entities
        MATCH (c:NameCandidate {name: 'Thierry Breton', documentId: $id})
        RETURN entities, COUNT { (c)--(:Entity) } AS linked`,
      },
      { id: article.id },
    );
    expect(row).toEqual({ entities: 0, linked: 0 });
  });

  it('answers the same article again with created: false and changes nothing, candidates included', async () => {
    const again = (await expectGraphUnchanged(server.db, () => ingest(article))) as Payload;
    expect(again).toMatchObject({ created: false, mentions: [], candidates: [], ambiguous: [] });
  });
});

describe('a mention the text does not decide', () => {
  it('is left unlinked and listed with the councils it may be, each with its score and reasons', async () => {
    const text = 'The EU, Japan and Korea prepare for the Digital Partnership Council.';
    const payload = await ingest({ id: 'in-ambiguous-council', title: 'Councils', publishedAt: '2024-04-13', text });
    const council = payload.ambiguous.find((mention) => mention.text === 'Digital Partnership Council');
    expect(council).toBeDefined();
    expect(text.slice(council!.start, council!.end)).toBe(council!.text);
    expect(council!.sentence).toBe(text);
    expect(council!.candidates.map((candidate) => candidate.entity.id).sort()).toEqual(['eu-japan-dpc-2', 'eu-korea-dpc-2024']);
    for (const candidate of council!.candidates) {
      expect(candidate.explanation).toMatch(/name: /);
      expect(candidate.features.length).toBeGreaterThan(0);
    }
    expect(payload.mentions.filter((mention) => mention.end > council!.start && mention.start < council!.end)).toEqual([]);
    const [row] = await server.db.read<{ linked: number }>({
      name: 'test:ambiguousNotLinked',
      cypher: "MATCH (:Document {id: 'in-ambiguous-council'})-[m:MENTIONS]->(e:Entity) WHERE e.type = 'EVENT' RETURN count(m) AS linked",
    });
    expect(row?.linked).toBe(0);
  });
});
