/**
 * Editors' judgements change later readings (issue #13): a link rejected for a surface is never
 * made again, by ingestion of a later document naming it in the same context nor by a lookup
 * (even where the surface is the entity's own alias); a link confirmed for a surface the text
 * leaves ambiguous is preferred when it is ambiguous again. And an editor may be unsure: the
 * candidate or link stays as it is, flagged with who and when, through the same audited write
 * path, and the mark can be undone.
 */
import { ALICE, startTestServer, TEST_EDITORS, type TestServer } from '../support/testServer';
import { removeTestData } from '../support/testData';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await removeTestData(server.db, 'jv-');
});
afterAll(async () => {
  await removeTestData(server.db, 'jv-');
  await server.close();
});

const mutate = (mutation: string, variables: Record<string, unknown> = {}) => server.query(mutation, variables, { authorization: ALICE });
const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

interface Ingested {
  mentions: Array<{ text: string; start: number; end: number; entity: { id: string } }>;
  candidates: Array<{ id: string; surface: string }>;
  ambiguous: Array<{ id: string; text: string; start: number; end: number; candidates: Array<{ entity: { id: string } }> }>;
}

async function ingest(id: string, text: string): Promise<Ingested> {
  const { data, errors } = await mutate(
    `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
      mentions { text start end entity { id } } candidates { id surface } ambiguous { id text start end candidates { entity { id } } } } }`,
    { input: { id, title: id, publishedAt: '2024-04-13', text } },
  );
  expect(errors).toBeUndefined();
  return data!.ingestDocument;
}

const entityNamed = async (name: string) =>
  (await server.query<{ entity: { id: string } | null }>('query($name: String!) { entity(name: $name) { id } }', { name })).data?.entity
    ?.id ?? null;

async function operations(documentId: string): Promise<string[]> {
  const rows = await server.db.read<{ operation: string }>(
    {
      name: 'test:verdictOperations',
      cypher: 'MATCH (c:Change) WHERE $documentId IN c.documentIds RETURN c.operation AS operation ORDER BY c.at, c.id',
    },
    { documentId },
  );
  return rows.map((row) => row.operation);
}

describe('a rejected link', () => {
  it('is not made again when a later document names the surface in the same context, nor by the lookup, though it is an alias', async () => {
    const first = await ingest('jv-chips-1', 'The plant in Kumamoto makes chips for cars.');
    const chips = first.mentions.find((mention) => mention.text === 'chips');
    expect(chips?.entity.id).toBe('semiconductors');
    expect(await entityNamed('chips')).toBe('semiconductors');

    const rejected = await mutate(
      `mutation { rejectMention(input: { documentId: "jv-chips-1", start: ${chips!.start}, end: ${chips!.end} }) { unlinked { id } } }`,
    );
    expect(rejected.data?.rejectMention.unlinked).toEqual([{ id: 'semiconductors' }]);

    const later = await ingest('jv-chips-2', 'The new plant in Kumamoto makes chips for phones.');
    expect(later.mentions.filter((mention) => mention.entity.id === 'semiconductors')).toEqual([]);
    const [row] = await server.db.read<{ linked: number }>({
      name: 'test:rejectedNotLinked',
      cypher: "MATCH (:Document {id: 'jv-chips-2'})-[m:MENTIONS]->(:Entity {id: 'semiconductors'}) RETURN count(m) AS linked",
    });
    expect(row?.linked).toBe(0);
    // "chips" is a general alias of semiconductors: the exact lookup honours the verdict too.
    expect(await entityNamed('chips')).toBeNull();
    expect(await entityNamed('Chips')).toBeNull();
    // Other names of the entity are untouched.
    expect(await entityNamed('semiconductors')).toBe('semiconductors');

    // Undone, the surface means the entity again.
    const undone = await mutate(
      `mutation { undoMentionJudgement(input: { documentId: "jv-chips-1", start: ${chips!.start}, end: ${chips!.end} }) { relinked { id } } }`,
    );
    expect(undone.data?.undoMentionJudgement.relinked).toEqual([{ id: 'semiconductors' }]);
    expect(await entityNamed('chips')).toBe('semiconductors');
  });
});

describe('a confirmed link', () => {
  const text = 'The EU, Japan and Korea prepare for the Digital Partnership Council.';

  it('is preferred when the same surface is ambiguous later, in a document and in the lookup, until it is undone', async () => {
    const first = await ingest('jv-council-1', text);
    const council = first.ambiguous.find((mention) => mention.text === 'Digital Partnership Council')!;
    expect(council.candidates.map((candidate) => candidate.entity.id).sort()).toEqual(['eu-japan-dpc-2', 'eu-korea-dpc-2024']);
    expect(await entityNamed('Digital Partnership Council')).toBeNull();

    const linked = await mutate(
      `mutation { linkCandidate(input: { id: "${council.id}", entityId: "eu-japan-dpc-2" }) { candidate { state } } }`,
    );
    expect(linked.errors).toBeUndefined();

    const later = await ingest('jv-council-2', text);
    expect(later.ambiguous.map((mention) => mention.text)).not.toContain('Digital Partnership Council');
    expect(later.mentions).toContainEqual({
      text: 'Digital Partnership Council',
      start: council.start,
      end: council.end,
      entity: { id: 'eu-japan-dpc-2' },
    });
    const [row] = await server.db.read<{ ids: string[] }>({
      name: 'test:confirmedLinked',
      cypher: `MATCH (:Document {id: 'jv-council-2'})-[m:MENTIONS {start: ${council.start}}]->(e:Entity) RETURN collect(e.id) AS ids`,
    });
    expect(row?.ids).toEqual(['eu-japan-dpc-2']);
    expect(await entityNamed('Digital Partnership Council')).toBe('eu-japan-dpc-2');
    const search = await server.query(
      '{ search(query: "Digital Partnership Council", first: 3) { edges { node { ... on Entity { id } } } } }',
    );
    expect(search.data?.search.edges[0]?.node.id).toBe('eu-japan-dpc-2');

    // Undone (reopenCandidate), the verdict is lifted: the surface is undecided again.
    const reopened = await mutate(`mutation { reopenCandidate(input: { id: "${council.id}" }) { candidate { state } } }`);
    expect(reopened.data?.reopenCandidate.candidate.state).toBe('OPEN');
    const again = await ingest('jv-council-3', text);
    expect(again.ambiguous.map((mention) => mention.text)).toContain('Digital Partnership Council');
    expect(await entityNamed('Digital Partnership Council')).toBeNull();
  });

  it('by confirmMention decides the same ambiguous surface later', async () => {
    const bare = 'The Digital Partnership Council met.';
    const before = await ingest('jv-council-4', bare);
    expect(before.ambiguous.map((mention) => mention.text)).toContain('Digital Partnership Council');
    // The engine links it where the parties decide; an editor confirms that link.
    const seoul = await ingest('jv-council-5', 'The EU and Korea held the Digital Partnership Council in Seoul.');
    const council = seoul.mentions.find((mention) => mention.text === 'Digital Partnership Council')!;
    expect(council.entity.id).toBe('eu-korea-dpc-2024');
    const confirmed = await mutate(
      `mutation { confirmMention(input: { documentId: "jv-council-5", start: ${council.start}, end: ${council.end} }) { confirmed { id } } }`,
    );
    expect(confirmed.data?.confirmMention.confirmed).toEqual([{ id: 'eu-korea-dpc-2024' }]);

    const later = await ingest('jv-council-6', bare);
    expect(later.ambiguous).toEqual([]);
    expect(later.mentions).toContainEqual(
      expect.objectContaining({ text: 'Digital Partnership Council', entity: { id: 'eu-korea-dpc-2024' } }),
    );
    expect(await entityNamed('Digital Partnership Council')).toBe('eu-korea-dpc-2024');

    // Undone, the surface is undecided again.
    await mutate(
      `mutation { undoMentionJudgement(input: { documentId: "jv-council-5", start: ${council.start}, end: ${council.end} }) { unconfirmed { id } } }`,
    );
    expect((await ingest('jv-council-7', bare)).ambiguous.map((mention) => mention.text)).toContain('Digital Partnership Council');
  });
});

describe('an unsure judgement', () => {
  const JUDGED = 'id state unsure { editor at note } judgement { state editor }';

  it('keeps a candidate OPEN in the queue, flagged with who and when, idempotently, audited, and undone by reopenCandidate', async () => {
    const doc = await ingest('jv-unsure-1', 'Dr. Ingeborg Valtersdottir-Quispe opened the cryostat lab in Tromsø.');
    const candidate = doc.candidates.find((one) => one.surface.includes('Valtersdottir-Quispe'))!;
    expect(candidate).toBeDefined();

    const marked = await mutate(
      `mutation { markCandidateUnsure(input: { id: "${candidate.id}", note: "  person or lab?  " }) { candidate { ${JUDGED} } } }`,
    );
    expect(marked.errors).toBeUndefined();
    const flagged = marked.data?.markCandidateUnsure.candidate;
    expect(flagged).toMatchObject({ state: 'OPEN', judgement: null, unsure: { editor: TEST_EDITORS[0]!.name, note: 'person or lab?' } });
    expect(Date.parse(flagged.unsure.at)).not.toBeNaN();

    // Still in the OPEN queue, and found among the flagged ones.
    const queue = await server.query(
      'query($d: ID) { open: candidates(documentId: $d) { edges { node { id } } } flagged: candidates(documentId: $d, unsure: true) { totalCount } plain: candidates(documentId: $d, unsure: false) { totalCount } }',
      { d: 'jv-unsure-1' },
    );
    expect(queue.data?.open.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(candidate.id);
    expect(queue.data?.flagged.totalCount).toBe(1);
    expect(queue.data?.plain.totalCount).toBe(doc.candidates.length - 1);

    // Again: nothing changes, no second record.
    const again = await mutate(
      `mutation { markCandidateUnsure(input: { id: "${candidate.id}", note: "other" }) { candidate { ${JUDGED} } } }`,
    );
    expect(again.data?.markCandidateUnsure.candidate.unsure).toEqual(flagged.unsure);
    const [stored] = await server.db.read<{ verdicts: string[]; editors: string[] }>(
      {
        name: 'test:unsureJudgement',
        cypher: 'MATCH (j:NameJudgement {source: $id}) RETURN collect(j.verdict) AS verdicts, collect(j.editor) AS editors',
      },
      { id: candidate.id },
    );
    expect(stored).toEqual({ verdicts: ['UNSURE'], editors: [TEST_EDITORS[0]!.name] });

    // A decision after the doubt, undone, leaves the doubt; undone again, the mark goes.
    expect((await mutate(`mutation { rejectCandidate(input: { id: "${candidate.id}" }) { candidate { state } } }`)).errors).toBeUndefined();
    const afterReject = await mutate(
      `mutation { reopenCandidate(input: { id: "${candidate.id}" }) { candidate { ${JUDGED} } unflagged } }`,
    );
    expect(afterReject.data?.reopenCandidate).toMatchObject({ candidate: { state: 'OPEN', unsure: flagged.unsure }, unflagged: false });
    const lifted = await mutate(`mutation { reopenCandidate(input: { id: "${candidate.id}" }) { candidate { ${JUDGED} } unflagged } }`);
    expect(lifted.data?.reopenCandidate).toMatchObject({ candidate: { state: 'OPEN', unsure: null, judgement: null }, unflagged: true });
    const nothing = await mutate(`mutation { reopenCandidate(input: { id: "${candidate.id}" }) { candidate { state } } }`);
    expect(codeOf(nothing)).toBe('CONFLICT');
    expect(await operations('jv-unsure-1')).toEqual([
      'ingestDocument',
      'markCandidateUnsure',
      'rejectCandidate',
      'reopenCandidate',
      'reopenCandidate',
    ]);
  });

  it('refuses a judged candidate, a missing one, a long note and a caller without an editor token', async () => {
    const doc = await ingest('jv-unsure-2', 'Dr. Ragnhild Oyelaran-Fitzpatrick spoke in Bodø.');
    const candidate = doc.candidates.find((one) => one.surface.includes('Oyelaran-Fitzpatrick'))!;
    await mutate(`mutation { rejectCandidate(input: { id: "${candidate.id}" }) { candidate { state } } }`);
    expect(codeOf(await mutate(`mutation { markCandidateUnsure(input: { id: "${candidate.id}" }) { candidate { id } } }`))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await mutate('mutation { markCandidateUnsure(input: { id: "jv-nothing:1-2" }) { candidate { id } } }'))).toBe(
      'NOT_FOUND',
    );
    const long = await mutate(
      'mutation($n: String) { markCandidateUnsure(input: { id: "jv-nothing:1-2", note: $n }) { candidate { id } } }',
      {
        n: 'x'.repeat(501),
      },
    );
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    const anonymous = await server.query(
      `mutation { markMentionUnsure(input: { documentId: "jv-unsure-2", start: 0, end: 3 }) { flagged { id } } }`,
    );
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('keeps a link linked, flagged, changes no later reading, and is undone by undoMentionJudgement', async () => {
    const doc = await ingest('jv-unsure-3', 'The plant in Kumamoto makes chips for trains.');
    const chips = doc.mentions.find((mention) => mention.text === 'chips')!;
    const at = `documentId: "jv-unsure-3", start: ${chips.start}, end: ${chips.end}`;
    const marked = await mutate(
      `mutation { markMentionUnsure(input: { ${at}, note: "the snack?" }) { flagged { id } document { mentions { text unsure { editor note } } } } }`,
    );
    expect(marked.errors).toBeUndefined();
    expect(marked.data?.markMentionUnsure.flagged).toEqual([{ id: 'semiconductors' }]);
    expect(marked.data?.markMentionUnsure.document.mentions).toContainEqual({
      text: 'chips',
      unsure: { editor: TEST_EDITORS[0]!.name, note: 'the snack?' },
    });
    const [row] = await server.db.read<{ by: string | null; verdict: string }>(
      {
        name: 'test:unsureMention',
        cypher: `MATCH (:Document {id: 'jv-unsure-3'})-[m:MENTIONS {start: $start}]->(:Entity {id: 'semiconductors'})
                 MATCH (j:NameJudgement {source: 'jv-unsure-3:' + $start + '-' + $end})
                 RETURN m.unsureBy AS by, j.verdict AS verdict`,
      },
      { start: chips.start, end: chips.end },
    );
    expect(row).toEqual({ by: TEST_EDITORS[0]!.name, verdict: 'UNSURE' });
    // No verdict for later readings.
    expect(await entityNamed('chips')).toBe('semiconductors');
    const later = await ingest('jv-unsure-4', 'The plant in Kumamoto makes chips for ships.');
    expect(later.mentions.map((mention) => mention.entity.id)).toContain('semiconductors');

    const undone = await mutate(
      `mutation { undoMentionJudgement(input: { ${at} }) { unflagged { id } relinked { id } unconfirmed { id } } }`,
    );
    expect(undone.data?.undoMentionJudgement).toEqual({ unflagged: [{ id: 'semiconductors' }], relinked: [], unconfirmed: [] });
    const after = await server.query('{ document(id: "jv-unsure-3") { mentions { text unsure { editor } } } }');
    expect(after.data?.document.mentions).toContainEqual({ text: 'chips', unsure: null });
    expect(codeOf(await mutate(`mutation { undoMentionJudgement(input: { ${at} }) { unflagged { id } } }`))).toBe('NOT_FOUND');
    expect(
      codeOf(await mutate('mutation { markMentionUnsure(input: { documentId: "jv-unsure-3", start: 0, end: 1 }) { flagged { id } } }')),
    ).toBe('NOT_FOUND');
    expect(await operations('jv-unsure-3')).toEqual(['ingestDocument', 'markMentionUnsure', 'undoMentionJudgement']);
  });
});

describe('undoing a rejection', () => {
  it('links the mention again as it stood: its earlier confirmation and UNSURE mark come back', async () => {
    const doc = await ingest('jv-restore-1', 'The plant in Kumamoto makes chips for tractors.');
    const chips = doc.mentions.find((mention) => mention.text === 'chips')!;
    const at = `documentId: "jv-restore-1", start: ${chips.start}, end: ${chips.end}`;
    const state = async () =>
      (
        await server.query('{ document(id: "jv-restore-1") { mentions { text confirmedBy unsure { editor note } } } }')
      ).data?.document.mentions.find((mention: { text: string }) => mention.text === 'chips');
    expect((await mutate(`mutation { markMentionUnsure(input: { ${at}, note: "snack?" }) { flagged { id } } }`)).errors).toBeUndefined();
    expect((await mutate(`mutation { confirmMention(input: { ${at} }) { confirmed { id } } }`)).errors).toBeUndefined();
    const before = await state();
    expect(before).toEqual({
      text: 'chips',
      confirmedBy: TEST_EDITORS[0]!.name,
      unsure: { editor: TEST_EDITORS[0]!.name, note: 'snack?' },
    });
    expect((await mutate(`mutation { rejectMention(input: { ${at} }) { unlinked { id } } }`)).errors).toBeUndefined();
    expect(await state()).toBeUndefined();
    expect(
      (await mutate(`mutation { undoMentionJudgement(input: { ${at} }) { relinked { id } } }`)).data?.undoMentionJudgement.relinked,
    ).toEqual([{ id: 'semiconductors' }]);
    expect(await state()).toEqual(before);
  });
});

describe('ask', () => {
  it('does not resolve a question name to an entity an editor rejected for that name, and does again once undone', async () => {
    const question = 'What did the EU and Japan agree on chips?';
    const named = async () =>
      ((await server.query('query($q: String!) { ask(question: $q) { entities { id } } }', { q: question })).data?.ask.entities ?? []).map(
        (entity: { id: string }) => entity.id,
      );
    expect(await named()).toContain('semiconductors');

    const doc = await ingest('jv-ask-1', 'The plant in Kumamoto makes chips for buses.');
    const chips = doc.mentions.find((mention) => mention.text === 'chips')!;
    const at = `documentId: "jv-ask-1", start: ${chips.start}, end: ${chips.end}`;
    expect((await mutate(`mutation { rejectMention(input: { ${at} }) { unlinked { id } } }`)).errors).toBeUndefined();
    const after = await named();
    expect(after).not.toContain('semiconductors');
    expect(after).toEqual(expect.arrayContaining(['european-union', 'japan']));

    expect((await mutate(`mutation { undoMentionJudgement(input: { ${at} }) { relinked { id } } }`)).errors).toBeUndefined();
    expect(await named()).toContain('semiconductors');
  });
});
