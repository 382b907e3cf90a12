/**
 * Editors review the name candidates of an ingested document: accept one as a new entity, link
 * one to an existing entity, reject one (not a name, or not that entity), or reject a wrong link.
 * Every judgement is stored with who and when, audited, and holds for the documents ingested after.
 */
import { ALICE, startTestServer, type TestServer } from '../support/testServer';
import { removeTestData } from '../support/testData';

let server: TestServer;

const DOC_1 =
  'Dr. Wilhelmina Okonkwo-Brandt met Minister Brinkhausen in Brussels. The Quantum Bureau and Rapidus attended. Kumamoto Gazette reported it.';
const DOC_2 = 'Minister Brinkhausen spoke. Rapidus will build a plant. The Quantum Bureau met again. Kumamoto Gazette reported it.';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) {
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
        surface
        name
        type
        matches {
          entity {
            id
          }
        }
      }
    }
  }
`;
const CANDIDATES = /* GraphQL */ `
  query Candidates($documentId: ID, $state: CandidateState) {
    candidates(documentId: $documentId, state: $state, first: 100) {
      totalCount
      edges {
        node {
          id
          surface
          kind
          state
          judgement {
            state
            editor
            at
            entity {
              id
            }
          }
        }
      }
    }
  }
`;
const JUDGED = 'id state judgement { state editor at entity { id name type } }';

type Payload = {
  mentions: Array<{ text: string; start: number; end: number; entity: { id: string } }>;
  candidates: Array<{ id: string; surface: string; name: string; type: string; matches: Array<{ entity: { id: string } }> }>;
};

async function ingest(id: string, text: string): Promise<Payload> {
  const { data, errors } = await server.query<{ ingestDocument: Payload }>(
    INGEST,
    { input: { id, title: id, text } },
    { authorization: ALICE },
  );
  expect(errors).toBeUndefined();
  return data!.ingestDocument;
}

const mutate = (mutation: string, authorization: string | undefined = ALICE) =>
  server.query(mutation, {}, authorization ? { authorization } : {});
const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

let first: Payload;
const candidateId = (surface: string) => first.candidates.find((candidate) => candidate.surface === surface)!.id;

beforeAll(async () => {
  server = await startTestServer();
  await removeTestData(server.db, 'cr-', ['wilhelmina-okonkwo-brandt']);
  for (const [id, name] of [
    ['cr-brinkhausen', 'Ottokar Brinkhausen'],
    ['cr-chipmaker', 'Hokkaido Chip Manufacturing Company'],
  ]) {
    const type = id === 'cr-brinkhausen' ? 'PERSON' : 'ORGANIZATION';
    const { errors } = await mutate(`mutation { upsertEntity(input: { id: "${id}", type: ${type}, name: "${name}" }) { entity { id } } }`);
    expect(errors).toBeUndefined();
  }
  first = await ingest('cr-doc-1', DOC_1);
});
afterAll(async () => {
  await removeTestData(server.db, 'cr-', ['wilhelmina-okonkwo-brandt']);
  await server.close();
});

describe('reviewing name candidates', () => {
  it('lists the open candidates of a document, and refuses an unknown document with NOT_FOUND', async () => {
    expect(first.candidates.map((candidate) => candidate.surface)).toEqual(
      expect.arrayContaining(['Dr. Wilhelmina Okonkwo-Brandt', 'Quantum Bureau', 'Rapidus', 'Kumamoto Gazette']),
    );
    const { data } = await server.query(CANDIDATES, { documentId: 'cr-doc-1' });
    expect(data?.candidates.totalCount).toBe(first.candidates.length);
    for (const { node } of data?.candidates.edges ?? []) expect(node).toMatchObject({ kind: 'NEW_NAME', state: 'OPEN', judgement: null });
    expect(codeOf(await server.query(CANDIDATES, { documentId: 'cr-no-such-doc' }))).toBe('NOT_FOUND');
  });

  it('asks for an editor token to judge', async () => {
    const outcome = await mutate(`mutation { rejectCandidate(input: { id: "${candidateId('Rapidus')}" }) { candidate { id } } }`, '');
    expect(codeOf(outcome)).toBe('UNAUTHENTICATED');
  });

  it('accepts a candidate as a new entity: linked in its document, judged by whom and when, audited, and only once', async () => {
    const id = candidateId('Dr. Wilhelmina Okonkwo-Brandt');
    const { data, errors } = await mutate(`mutation { acceptCandidate(input: { id: "${id}" }) { candidate { ${JUDGED} } entity { id } } }`);
    expect(errors).toBeUndefined();
    expect(data?.acceptCandidate.candidate).toMatchObject({
      state: 'ACCEPTED',
      judgement: {
        state: 'ACCEPTED',
        editor: 'alice-test',
        entity: { id: 'wilhelmina-okonkwo-brandt', name: 'Wilhelmina Okonkwo-Brandt', type: 'PERSON' },
      },
    });
    expect(Date.parse(data?.acceptCandidate.candidate.judgement.at)).not.toBeNaN();
    expect(data?.acceptCandidate.entity).toEqual({ id: 'wilhelmina-okonkwo-brandt' });
    const entity = await server.query('{ entity(id: "wilhelmina-okonkwo-brandt") { aliases mentions { text start document { id } } } }');
    expect(entity.data?.entity.aliases).toContain('Dr. Wilhelmina Okonkwo-Brandt');
    expect(entity.data?.entity.mentions).toContainEqual({ text: 'Dr. Wilhelmina Okonkwo-Brandt', start: 0, document: { id: 'cr-doc-1' } });
    const history = await server.query(
      '{ history(entityId: "wilhelmina-okonkwo-brandt") { edges { node { operation editor } } } }',
      {},
      { authorization: ALICE },
    );
    expect(history.data?.history.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
      operation: 'acceptCandidate',
      editor: 'alice-test',
    });

    expect(codeOf(await mutate(`mutation { acceptCandidate(input: { id: "${id}" }) { candidate { id } } }`))).toBe('CONFLICT');
    const open = await server.query(CANDIDATES, { documentId: 'cr-doc-1', state: 'OPEN' });
    expect(open.data?.candidates.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(id);
  });

  it('links a candidate to an existing entity, whose new alias then links the name in a later document', async () => {
    const { data, errors } = await mutate(
      `mutation { linkCandidate(input: { id: "${candidateId('Rapidus')}", entityId: "cr-chipmaker" }) { candidate { ${JUDGED} } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.linkCandidate.candidate).toMatchObject({
      state: 'LINKED',
      judgement: { editor: 'alice-test', entity: { id: 'cr-chipmaker' } },
    });
    const entity = await server.query('{ entity(id: "cr-chipmaker") { aliases } }');
    expect(entity.data?.entity.aliases).toContain('Rapidus');
    expect(
      codeOf(
        await mutate(
          `mutation { linkCandidate(input: { id: "${candidateId('Kumamoto Gazette')}", entityId: "cr-nobody" }) { candidate { id } } }`,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('rejects a candidate as no name, or a match as the wrong entity, and a wrong link: none of them comes back', async () => {
    const notAName = await mutate(
      `mutation { rejectCandidate(input: { id: "${candidateId('Kumamoto Gazette')}" }) { candidate { ${JUDGED} } } }`,
    );
    expect(notAName.data?.rejectCandidate.candidate).toMatchObject({
      state: 'REJECTED',
      judgement: { editor: 'alice-test', entity: null },
    });
    const bureau = first.candidates.find((candidate) => candidate.surface === 'Quantum Bureau')!;
    expect(bureau.matches.map((match) => match.entity.id)).toContain('quantum-technology');
    const notThat = await mutate(
      `mutation { rejectCandidate(input: { id: "${bureau.id}", notEntityId: "quantum-technology" }) { candidate { ${JUDGED} } } }`,
    );
    expect(notThat.data?.rejectCandidate.candidate).toMatchObject({
      state: 'REJECTED',
      judgement: { entity: { id: 'quantum-technology' } },
    });

    const brinkhausen = first.mentions.find((mention) => mention.entity.id === 'cr-brinkhausen')!;
    expect(brinkhausen.text).toBe('Minister Brinkhausen');
    const unlinked = await mutate(
      `mutation { rejectMention(input: { documentId: "cr-doc-1", start: ${brinkhausen.start}, end: ${brinkhausen.end} }) { unlinked { id } document { id mentions { entity { id } } } } }`,
    );
    expect(unlinked.errors).toBeUndefined();
    expect(unlinked.data?.rejectMention.unlinked).toEqual([{ id: 'cr-brinkhausen' }]);
    expect(unlinked.data?.rejectMention.document.mentions.map((mention: { entity: { id: string } }) => mention.entity.id)).not.toContain(
      'cr-brinkhausen',
    );
    expect(
      codeOf(
        await mutate(
          `mutation { rejectMention(input: { documentId: "cr-doc-1", start: ${brinkhausen.start}, end: ${brinkhausen.end} }) { document { id } } }`,
        ),
      ),
    ).toBe('NOT_FOUND');

    // A later document: the rejected link is not made, the rejected match is not offered, the
    // rejected name is not proposed, and the linked alias links.
    const second = await ingest('cr-doc-2', DOC_2);
    const links = second.mentions.map((mention) => [mention.text, mention.entity.id]);
    expect(links).not.toContainEqual(['Minister Brinkhausen', 'cr-brinkhausen']);
    expect(links).toContainEqual(['Rapidus', 'cr-chipmaker']);
    expect(second.candidates.map((candidate) => candidate.surface)).not.toContain('Kumamoto Gazette');
    const bureauAgain = second.candidates.find((candidate) => candidate.surface === 'Quantum Bureau');
    expect(bureauAgain?.matches.map((match) => match.entity.id)).not.toContain('quantum-technology');
    // The lookup by name follows the same verdict; the exact name still finds him.
    expect((await server.query('{ entity(name: "Minister Brinkhausen") { id } }')).data?.entity).toBeNull();
    expect((await server.query('{ entity(name: "Ottokar Brinkhausen") { id } }')).data?.entity?.id).toBe('cr-brinkhausen');
  });

  it('links an ambiguous mention to the council an editor picks, for that document only: no alias is added', async () => {
    const text = 'The EU, Japan and Korea prepare for the Digital Partnership Council.';
    const { data } = await server.query(
      'mutation I($input: IngestDocumentInput!) { ingestDocument(input: $input) { ambiguous { id text } } }',
      { input: { id: 'cr-doc-ambiguous', title: 'Councils', publishedAt: '2024-04-13', text } },
      { authorization: ALICE },
    );
    const council = data?.ingestDocument.ambiguous.find((mention: { text: string }) => mention.text === 'Digital Partnership Council');
    expect(council).toBeDefined();
    const before = await server.query('{ entity(id: "eu-japan-dpc-2") { aliases } }');
    const linked = await mutate(
      `mutation { linkCandidate(input: { id: "${council.id}", entityId: "eu-japan-dpc-2" }) { candidate { kind state } } }`,
    );
    expect(linked.data?.linkCandidate.candidate).toEqual({ kind: 'AMBIGUOUS', state: 'LINKED' });
    const after = await server.query(
      '{ entity(id: "eu-japan-dpc-2") { aliases } document(id: "cr-doc-ambiguous") { mentions { text entity { id } } } }',
    );
    expect(after.data?.entity.aliases).toEqual(before.data?.entity.aliases);
    expect(after.data?.document.mentions).toContainEqual({ text: 'Digital Partnership Council', entity: { id: 'eu-japan-dpc-2' } });
  });

  it('lists with its document every candidate in the state its judgement left it', async () => {
    const { data } = await server.query('{ document(id: "cr-doc-1") { candidates { surface kind state } } }');
    expect(data?.document.candidates).toEqual([
      { surface: 'Dr. Wilhelmina Okonkwo-Brandt', kind: 'NEW_NAME', state: 'ACCEPTED' },
      { surface: 'Quantum Bureau', kind: 'NEW_NAME', state: 'REJECTED' },
      { surface: 'Rapidus', kind: 'NEW_NAME', state: 'LINKED' },
      { surface: 'Kumamoto Gazette', kind: 'NEW_NAME', state: 'REJECTED' },
    ]);
    const rejected = await server.query(CANDIDATES, { documentId: 'cr-doc-1', state: 'REJECTED' });
    expect(rejected.data?.candidates.totalCount).toBe(2);
  });

  it('reopens a rejection, lifting its verdict for later documents, and only a judged candidate', async () => {
    const { data, errors } = await mutate(
      `mutation { reopenCandidate(input: { id: "${candidateId('Kumamoto Gazette')}" }) { candidate { ${JUDGED} } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.reopenCandidate.candidate).toEqual({ id: candidateId('Kumamoto Gazette'), state: 'OPEN', judgement: null });
    const later = await ingest('cr-doc-4', 'Kumamoto Gazette reported it again.');
    expect(later.candidates.map((candidate) => candidate.surface)).toContain('Kumamoto Gazette');
    expect(
      codeOf(await mutate(`mutation { reopenCandidate(input: { id: "${candidateId('Kumamoto Gazette')}" }) { candidate { id } } }`)),
    ).toBe('CONFLICT');
    // Undoing an accept or a link: judgementUndo.test.ts.
  });

  it('lets one of two racing judgements of the same candidate through and answers the other CONFLICT', async () => {
    const third = await ingest('cr-doc-3', 'Officials of the Hakodate Fisheries Board attended.');
    const id = third.candidates[0]!.id;
    const answers = await Promise.all([
      mutate(`mutation { rejectCandidate(input: { id: "${id}" }) { candidate { id } } }`),
      mutate(`mutation { linkCandidate(input: { id: "${id}", entityId: "cr-chipmaker" }) { candidate { id } } }`),
    ]);
    expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', undefined].sort());
    const [row] = await server.db.read<{ changes: number }>(
      { name: 'test:countJudgements', cypher: 'MATCH (c:Change) WHERE c.summary CONTAINS $id RETURN count(c) AS changes' },
      { id: 'cr-doc-3' },
    );
    // The ingest and one judgement.
    expect(row?.changes).toBe(2);
  });
});
