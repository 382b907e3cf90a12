/**
 * Every editor judgement on names can be undone, through the same audited write path as the
 * judgement: an accept (the entity it became goes, unless something was built on it), a link
 * (the alias it added goes), a rejected link (linked again), a confirmed link (confirmation lifted).
 */
import { ALICE, startTestServer, type TestServer } from '../support/testServer';
import { removeTestData } from '../support/testData';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await removeTestData(server.db, 'ju-', ['hiltrud-vasquez-lindqvist']);
  const { errors } = await mutate(
    'mutation { upsertEntity(input: { id: "ju-works", type: ORGANIZATION, name: "Norrbotten Quantum Works" }) { entity { id } } }',
  );
  expect(errors).toBeUndefined();
});
afterAll(async () => {
  await removeTestData(server.db, 'ju-', ['hiltrud-vasquez-lindqvist']);
  await server.close();
});

const mutate = (mutation: string, authorization: string | undefined = ALICE) =>
  server.query(mutation, {}, authorization ? { authorization } : {});
const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

interface Ingested {
  mentions: Array<{ text: string; start: number; end: number; entity: { id: string } }>;
  candidates: Array<{ id: string; surface: string }>;
}

async function ingest(id: string, text: string): Promise<Ingested> {
  const { data, errors } = await server.query<{ ingestDocument: Ingested }>(
    'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { mentions { text start end entity { id } } candidates { id surface } } }',
    { input: { id, title: id, publishedAt: '2025-06-01', text } },
    { authorization: ALICE },
  );
  expect(errors).toBeUndefined();
  return data!.ingestDocument;
}

async function candidateState(id: string): Promise<string | undefined> {
  const { data } = await server.query('query($id: ID!) { node(id: $id) { ... on EntityCandidate { state } } }', { id });
  return data?.node?.state;
}

async function operations(documentId: string): Promise<string[]> {
  const rows = await server.db.read<{ operation: string }>(
    {
      name: 'test:judgementOperations',
      cypher: 'MATCH (c:Change) WHERE $documentId IN c.documentIds RETURN c.operation AS operation ORDER BY c.at, c.id',
    },
    { documentId },
  );
  return rows.map((row) => row.operation);
}

describe('undoing a judgement on a candidate', () => {
  it('takes back an accept: the entity it became and its mention are gone, the candidate is open and can be accepted again', async () => {
    const doc = await ingest('ju-doc-accept', 'Dr. Hiltrud Vasquez-Lindqvist opened the lab in Luleå.');
    const candidate = doc.candidates.find((one) => one.surface === 'Dr. Hiltrud Vasquez-Lindqvist')!;
    expect(candidate).toBeDefined();
    const accepted = await mutate(`mutation { acceptCandidate(input: { id: "${candidate.id}" }) { entity { id } } }`);
    expect(accepted.data?.acceptCandidate.entity.id).toBe('hiltrud-vasquez-lindqvist');

    const undone = await mutate(
      `mutation { reopenCandidate(input: { id: "${candidate.id}" }) { candidate { state judgement { state } } removedEntityId removedAlias } }`,
    );
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.reopenCandidate).toEqual({
      candidate: { state: 'OPEN', judgement: null },
      removedEntityId: 'hiltrud-vasquez-lindqvist',
      removedAlias: null,
    });
    expect((await server.query('{ entity(id: "hiltrud-vasquez-lindqvist") { id } }')).data?.entity).toBeNull();
    expect((await server.query('{ entity(name: "Hiltrud Vasquez-Lindqvist") { id } }')).data?.entity).toBeNull();
    const mentions = await server.query('{ document(id: "ju-doc-accept") { mentions { text } } }');
    expect(mentions.data?.document.mentions.map((mention: { text: string }) => mention.text)).not.toContain(
      'Dr. Hiltrud Vasquez-Lindqvist',
    );
    expect(await operations('ju-doc-accept')).toEqual(['ingestDocument', 'acceptCandidate', 'reopenCandidate']);

    // Open again: an editor may decide otherwise, or the same way.
    const again = await mutate(`mutation { acceptCandidate(input: { id: "${candidate.id}" }) { entity { id } } }`);
    expect(again.errors).toBeUndefined();
  });

  it('refuses to take back an accept once something was built on the entity, and changes nothing', async () => {
    const doc = await ingest('ju-doc-built', 'The Ostrobothnia Photonics Consortium met in Vaasa.');
    const candidate = doc.candidates.find((one) => one.surface.includes('Ostrobothnia Photonics Consortium'))!;
    const accepted = await mutate(
      `mutation { acceptCandidate(input: { id: "${candidate.id}", entity: { id: "ju-photonics" } }) { entity { id } } }`,
    );
    expect(accepted.errors).toBeUndefined();
    expect(
      (await mutate('mutation { addAlias(input: { entityId: "ju-photonics", alias: "OPC" }) { entity { id } } }')).errors,
    ).toBeUndefined();

    const refused = await mutate(`mutation { reopenCandidate(input: { id: "${candidate.id}" }) { candidate { state } } }`);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('"OPC"');
    expect((await server.query('{ entity(id: "ju-photonics") { id } }')).data?.entity).toEqual({ id: 'ju-photonics' });
    expect(await candidateState(candidate.id)).toBe('ACCEPTED');
  });

  it('takes back a link and the alias it added: the name no longer finds the entity, and a later document proposes it again', async () => {
    const doc = await ingest('ju-doc-link', 'Vexholm Labs will build the cryostat.');
    const candidate = doc.candidates.find((one) => one.surface === 'Vexholm Labs')!;
    expect(
      (await mutate(`mutation { linkCandidate(input: { id: "${candidate.id}", entityId: "ju-works" }) { candidate { state } } }`)).errors,
    ).toBeUndefined();
    expect((await server.query('{ entity(name: "Vexholm Labs") { id } }')).data?.entity).toEqual({ id: 'ju-works' });

    const undone = await mutate(
      `mutation { reopenCandidate(input: { id: "${candidate.id}" }) { candidate { state } removedEntityId removedAlias } }`,
    );
    expect(undone.data?.reopenCandidate).toEqual({ candidate: { state: 'OPEN' }, removedEntityId: null, removedAlias: 'Vexholm Labs' });
    const works = await server.query('{ entity(id: "ju-works") { aliases mentions { document { id } } } }');
    expect(works.data?.entity.aliases).not.toContain('Vexholm Labs');
    expect(works.data?.entity.mentions).toEqual([]);
    expect((await server.query('{ entity(name: "Vexholm Labs") { id } }')).data?.entity).toBeNull();
    const later = await ingest('ju-doc-link-later', 'Vexholm Labs delivered the cryostat.');
    expect(later.candidates.map((one) => one.surface)).toContain('Vexholm Labs');
  });

  it('answers CONFLICT for a candidate with no judgement, and NOT_FOUND for an unknown one', async () => {
    const doc = await ingest('ju-doc-open', 'The Skellefteå Battery Forum gathered.');
    const open = doc.candidates[0]!;
    expect(codeOf(await mutate(`mutation { reopenCandidate(input: { id: "${open.id}" }) { candidate { id } } }`))).toBe('CONFLICT');
    expect(codeOf(await mutate('mutation { reopenCandidate(input: { id: "ju-doc-open:0-1" }) { candidate { id } } }'))).toBe('NOT_FOUND');
  });
});

describe('undoing a judgement on a link', () => {
  const MENTIONS = '{ document(id: "ju-doc-mention") { mentions { text start end confirmedBy confirmedAt entity { id } } } }';
  let kiuchi: { start: number; end: number };

  beforeAll(async () => {
    const doc = await ingest('ju-doc-mention', 'Minister Kiuchi visited Brussels.');
    kiuchi = doc.mentions.find((mention) => mention.entity.id === 'minoru-kiuchi')!;
    expect(kiuchi).toBeDefined();
  });
  const at = () => `documentId: "ju-doc-mention", start: ${kiuchi.start}, end: ${kiuchi.end}`;

  it('links a rejected link again, and the name links in later documents again', async () => {
    expect((await mutate(`mutation { rejectMention(input: { ${at()} }) { unlinked { id } } }`)).errors).toBeUndefined();
    expect((await ingest('ju-doc-after-reject', 'Minister Kiuchi spoke.')).mentions.map((m) => m.entity.id)).not.toContain('minoru-kiuchi');

    const undone = await mutate(
      `mutation { undoMentionJudgement(input: { ${at()} }) { relinked { id } unconfirmed { id } document { id } } }`,
    );
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.undoMentionJudgement).toEqual({
      relinked: [{ id: 'minoru-kiuchi' }],
      unconfirmed: [],
      document: { id: 'ju-doc-mention' },
    });
    const mentions = (await server.query(MENTIONS)).data?.document.mentions;
    expect(mentions).toContainEqual({
      text: 'Minister Kiuchi',
      ...kiuchi,
      confirmedBy: null,
      confirmedAt: null,
      entity: { id: 'minoru-kiuchi' },
    });
    expect((await ingest('ju-doc-after-undo', 'Minister Kiuchi spoke again.')).mentions.map((m) => m.entity.id)).toContain('minoru-kiuchi');
    expect((await server.query('{ entity(name: "Minister Kiuchi") { id } }')).data?.entity).toEqual({ id: 'minoru-kiuchi' });
    // Nothing left to undo.
    expect(codeOf(await mutate(`mutation { undoMentionJudgement(input: { ${at()} }) { document { id } } }`))).toBe('NOT_FOUND');
  });

  it('confirms a link with who and when, and lifts the confirmation when undone; both audited', async () => {
    const confirmed = await mutate(`mutation { confirmMention(input: { ${at()} }) { confirmed { id } } }`);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmMention.confirmed).toEqual([{ id: 'minoru-kiuchi' }]);
    const mention = (await server.query(MENTIONS)).data?.document.mentions.find((one: { start: number }) => one.start === kiuchi.start);
    expect(mention.confirmedBy).toBe('alice-test');
    expect(Date.parse(mention.confirmedAt)).not.toBeNaN();

    const undone = await mutate(`mutation { undoMentionJudgement(input: { ${at()} }) { relinked { id } unconfirmed { id } } }`);
    expect(undone.data?.undoMentionJudgement).toEqual({ relinked: [], unconfirmed: [{ id: 'minoru-kiuchi' }] });
    const after = (await server.query(MENTIONS)).data?.document.mentions.find((one: { start: number }) => one.start === kiuchi.start);
    expect(after).toMatchObject({ confirmedBy: null, confirmedAt: null, entity: { id: 'minoru-kiuchi' } });
    expect(await operations('ju-doc-mention')).toEqual([
      'ingestDocument',
      'rejectMention',
      'undoMentionJudgement',
      'confirmMention',
      'undoMentionJudgement',
    ]);
  });

  it('asks for an editor token, and answers NOT_FOUND for a mention that is not there', async () => {
    expect(codeOf(await mutate(`mutation { confirmMention(input: { ${at()} }) { document { id } } }`, ''))).toBe('UNAUTHENTICATED');
    expect(codeOf(await mutate(`mutation { undoMentionJudgement(input: { ${at()} }) { document { id } } }`, ''))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(await mutate('mutation { confirmMention(input: { documentId: "ju-doc-mention", start: 0, end: 3 }) { document { id } } }')),
    ).toBe('NOT_FOUND');
  });
});
