import type { NamedQuery } from '../../src/db/namedQuery';
import { MAX_DESCRIPTION, MAX_ID, MAX_NAME } from '../../src/domain/bundle/bundleSchema';
import { expectGraphUnchanged } from '../support/counts';
import { ALICE, CAROL_READER, startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
const DOC_TEXT =
  'Henna Virkkunen met Minoru Kiuchi in Tokyo on 2 June 2025 to discuss the Hiroshima AI Process. ' +
  'The Example Institute for Testing signed a memorandum with the EU AI Office.';

const cleanup: NamedQuery = {
  name: 'test:cleanupWrites',
  cypher: `
    CALL () { MATCH (n) WHERE (n:Entity OR n:Redirect OR n:Document) AND n.id STARTS WITH 'w-' DETACH DELETE n }
    CALL () { MATCH (c:NameCandidate) WHERE c.documentId STARTS WITH 'w-' DETACH DELETE c }
    CALL () { MATCH (ev:Evidence) WHERE ev.factId STARTS WITH 'w-' OR ev.id CONTAINS '@w-' DETACH DELETE ev }
    CALL () { MATCH (c:Change) WHERE c.editor IN ['alice-test', 'bob-test'] DETACH DELETE c }`,
};

beforeAll(async () => {
  server = await startTestServer();
  await server.db.write(cleanup);
});
afterAll(async () => {
  await server.db.write(cleanup);
  await server.close();
});

/** How many audit records `operation` wrote whose summary names `subject` (an id, an alias). */
async function countChanges(operation: string, subject: string): Promise<number | undefined> {
  const [row] = await server.db.read<{ records: number }>(
    {
      name: 'test:countChanges',
      cypher: 'MATCH (c:Change {operation: $operation}) WHERE c.summary CONTAINS $subject RETURN count(c) AS records',
    },
    { operation, subject },
  );
  return row?.records;
}

/** Runs the same operation `times` times at once. */
const race = <T>(times: number, run: () => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: times }, run));

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

const INGEST = `mutation I($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  created document { id title text } mentions { text start end entity { id } } } }`;
const UPSERT = `mutation U($input: UpsertEntityInput!) { upsertEntity(input: $input) { created changed entity { id name type aliases description } } }`;
const ASSERT = `mutation A($input: AssertFactInput!) { assertFact(input: $input) { changed relation {
  id type status date direction other { id } evidence { quote start end status document { id text } } } } }`;

async function ingestTestDocument() {
  return server.query(
    INGEST,
    { input: { id: 'w-doc', title: 'A test report', publisher: 'Test Press', publishedAt: '2025-06', text: DOC_TEXT } },
    { authorization: ALICE },
  );
}

async function upsertInstitute(id = 'w-institute', name = 'Example Institute for Testing') {
  return server.query(UPSERT, { input: { id, type: 'ORGANIZATION', name, description: 'A test organisation.' } }, { authorization: ALICE });
}

describe('authorization of writes', () => {
  it('refuses a write without a token as UNAUTHENTICATED, touching nothing', async () => {
    const outcome = await expectGraphUnchanged(server.db, () => upsertInstituteAs(undefined));
    expect(codeOf(outcome as never)).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong or malformed token as FORBIDDEN, touching nothing', async () => {
    for (const authorization of ['Bearer not-an-editor-token-000000', 'Basic YWxpY2U6cHc=', 'Bearer']) {
      const outcome = await expectGraphUnchanged(server.db, () => upsertInstituteAs(authorization));
      expect({ authorization, code: codeOf(outcome as never) }).toEqual({ authorization, code: 'FORBIDDEN' });
    }
  });

  async function upsertInstituteAs(authorization: string | undefined) {
    return server.query(
      UPSERT,
      { input: { id: 'w-intruder', type: 'ORGANIZATION', name: 'Intruder' } },
      authorization ? { authorization } : {},
    );
  }
});

describe('ingestDocument', () => {
  it('stores a new article and links the known entities its text names, with offsets', async () => {
    const { data, errors } = await ingestTestDocument();
    expect(errors).toBeUndefined();
    expect(data?.ingestDocument.created).toBe(true);
    const mentions = data?.ingestDocument.mentions as Array<{ text: string; start: number; end: number; entity: { id: string } }>;
    expect(mentions.map((mention) => mention.entity.id)).toEqual(
      expect.arrayContaining(['henna-virkkunen', 'minoru-kiuchi', 'tokyo', 'hiroshima-ai-process', 'eu-ai-office']),
    );
    for (const mention of mentions) expect(DOC_TEXT.slice(mention.start, mention.end)).toBe(mention.text);
    // The longest name wins: "Hiroshima AI Process" is one mention, not also "AI".
    expect(mentions.some((mention) => mention.entity.id === 'artificial-intelligence' && mention.start > 60 && mention.start < 95)).toBe(
      false,
    );
  });

  it('is idempotent: the same article again changes nothing', async () => {
    const outcome = await expectGraphUnchanged(server.db, () => ingestTestDocument());
    expect((outcome as { data: { ingestDocument: { created: boolean } } }).data.ingestDocument.created).toBe(false);
  });

  it('answers created: true to one of twenty identical racing ingests and false to the rest, recording one ingest', async () => {
    const input = { id: 'w-race-doc', title: 'A raced report', text: 'Japan and the EU AI Office met again in Tokyo.' };
    const answers = await race(20, () => server.query(INGEST, { input }, { authorization: ALICE }));
    expect(answers.map((answer) => answer.errors)).toEqual(Array(20).fill(undefined));
    const created = answers.filter((answer) => answer.data?.ingestDocument.created === true);
    expect(created).toHaveLength(1);
    expect(await countChanges('ingestDocument', 'w-race-doc')).toBe(1);
    const [row] = await server.db.read<{ documents: number; mentions: number }>({
      name: 'test:countRacedDocument',
      cypher: "MATCH (d:Document {id: 'w-race-doc'}) RETURN count(d) AS documents, COUNT { (d)-[:MENTIONS]->() } AS mentions",
    });
    const answered = created[0]!.data?.ingestDocument.mentions as unknown[];
    expect(answered.length).toBeGreaterThan(0);
    expect(row).toEqual({ documents: 1, mentions: answered.length });

    const repeat = await expectGraphUnchanged(server.db, () => server.query(INGEST, { input }, { authorization: ALICE }));
    expect((repeat as { data: { ingestDocument: { created: boolean } } }).data.ingestDocument.created).toBe(false);
    expect(await countChanges('ingestDocument', 'w-race-doc')).toBe(1);
  });

  it('refuses the same id with a different text as CONFLICT, touching nothing', async () => {
    const outcome = await expectGraphUnchanged(server.db, () =>
      server.query(INGEST, { input: { id: 'w-race-doc', title: 'A raced report', text: 'Another text.' } }, { authorization: ALICE }),
    );
    expect(codeOf(outcome as never)).toBe('CONFLICT');
  });

  it('rejects empty, oversized and NUL-bearing texts with BAD_USER_INPUT, touching nothing', async () => {
    for (const text of ['', '   ', 'x'.repeat(500_001), 'bad\u0000text']) {
      const outcome = await expectGraphUnchanged(server.db, () =>
        server.query(INGEST, { input: { title: 'Bad', text } }, { authorization: ALICE }),
      );
      expect({ length: text.length, code: codeOf(outcome as never) }).toEqual({ length: text.length, code: 'BAD_USER_INPUT' });
    }
  });

  it('rejects a date that is not a date', async () => {
    const outcome = await expectGraphUnchanged(server.db, () =>
      server.query(INGEST, { input: { title: 'Bad date', text: 'Some text.', publishedAt: '2025-02-30' } }, { authorization: ALICE }),
    );
    expect(codeOf(outcome as never)).toBe('BAD_USER_INPUT');
  });
});

describe('upsertEntity and addAlias', () => {
  it('creates an entity and stores quotes, braces, backticks and Cypher as plain data', async () => {
    const name = "Example Institute for Testing') DETACH DELETE n // {`x`}";
    const { data, errors } = await upsertInstitute('w-odd', name);
    expect(errors).toBeUndefined();
    expect(data?.upsertEntity.entity.name).toBe(name);
    const japan = await server.query('{ entity(id: "japan") { name } }');
    expect(japan.data?.entity.name).toBe('Japan');
  });

  it('keeps the old name as an alias on rename, and refuses a type change', async () => {
    await upsertInstitute();
    const renamed = await upsertInstitute('w-institute', 'Example Testing Institute');
    expect(renamed.data?.upsertEntity.entity.aliases).toContain('Example Institute for Testing');
    const outcome = await expectGraphUnchanged(server.db, () =>
      server.query(UPSERT, { input: { id: 'w-institute', type: 'PERSON', name: 'Someone' } }, { authorization: ALICE }),
    );
    expect(codeOf(outcome as never)).toBe('BAD_USER_INPUT');
  });

  it('rejects control and right-to-left override characters in names', async () => {
    for (const name of ['Evil\u202Eeman', 'Null\u0000Name', 'Bell\u0007']) {
      const outcome = await expectGraphUnchanged(server.db, () =>
        server.query(UPSERT, { input: { id: 'w-bad-name', type: 'PERSON', name } }, { authorization: ALICE }),
      );
      expect(codeOf(outcome as never)).toBe('BAD_USER_INPUT');
    }
  });

  it('rejects names made only of punctuation or invisible characters, as addAlias does', async () => {
    for (const name of ['\u200B', '...', '\u200B\u200C']) {
      const outcome = await expectGraphUnchanged(server.db, () =>
        server.query(UPSERT, { input: { id: 'w-invisible-name', type: 'PERSON', name } }, { authorization: ALICE }),
      );
      expect(codeOf(outcome as never)).toBe('BAD_USER_INPUT');
      expect((outcome as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/letter or digit/);
    }
  });

  it('stores an alias once and records it once when twenty identical addAlias race, and a repeat records nothing', async () => {
    await upsertInstitute('w-alias-race', 'Alias Race Institute');
    const ADD = 'mutation { addAlias(input: { entityId: "w-alias-race", alias: "ARI Testing" }) { changed entity { aliases } } }';
    const answers = await race(20, () => server.query(ADD, {}, { authorization: ALICE }));
    expect(answers.map((answer) => answer.errors)).toEqual(Array(20).fill(undefined));
    const [row] = await server.db.read<{ stored: number; keys: number }>({
      name: 'test:countAlias',
      cypher: `MATCH (e:Entity {id: 'w-alias-race'})
               RETURN size([a IN e.aliases WHERE a = 'ARI Testing']) AS stored, size([k IN e.nameKeys WHERE k = 'ari testing']) AS keys`,
    });
    expect(row).toEqual({ stored: 1, keys: 1 });
    expect(await countChanges('addAlias', '"ARI Testing"')).toBe(1);
    for (const answer of answers) expect(answer.data?.addAlias.entity.aliases).toEqual(['ARI Testing']);
    expect(answers.filter((answer) => answer.data?.addAlias.changed)).toHaveLength(1);

    const repeat = await expectGraphUnchanged(server.db, () => server.query(ADD, {}, { authorization: ALICE }));
    expect((repeat as { data: { addAlias: unknown } }).data.addAlias).toEqual({ changed: false, entity: { aliases: ['ARI Testing'] } });
    expect(await countChanges('addAlias', '"ARI Testing"')).toBe(1);
  });

  it('records one "created" when twenty identical upserts of a new entity race, and nothing for a repeat that changes nothing', async () => {
    const answers = await race(20, () => upsertInstitute('w-upsert-race', 'Upsert Race Institute'));
    expect(answers.map((answer) => answer.errors)).toEqual(Array(20).fill(undefined));
    expect(await countChanges('upsertEntity', 'created ORGANIZATION w-upsert-race ')).toBe(1);
    expect(await countChanges('upsertEntity', 'updated ORGANIZATION w-upsert-race ')).toBe(0);
    const says = answers.map((answer) => ({ created: answer.data?.upsertEntity.created, changed: answer.data?.upsertEntity.changed }));
    expect(says.filter((said) => said.created && said.changed)).toHaveLength(1);
    expect(says.filter((said) => !said.created && !said.changed)).toHaveLength(19);

    const repeat = await expectGraphUnchanged(server.db, () => upsertInstitute('w-upsert-race', 'Upsert Race Institute'));
    expect(repeat).toMatchObject({ data: { upsertEntity: { created: false, changed: false } } });
    expect(await countChanges('upsertEntity', 'w-upsert-race ')).toBe(1);
  });

  it('records "updated" once when an upsert changes the entity, and not when it is repeated', async () => {
    await upsertInstitute('w-upsert-change', 'Upsert Change Institute');
    const renamed = await race(5, () => upsertInstitute('w-upsert-change', 'Upsert Changed Institute'));
    expect(renamed.map((answer) => answer.data?.upsertEntity.entity.name)).toEqual(Array(5).fill('Upsert Changed Institute'));
    expect(await countChanges('upsertEntity', 'updated ORGANIZATION w-upsert-change ')).toBe(1);
    const described = await server.query(
      UPSERT,
      { input: { id: 'w-upsert-change', type: 'ORGANIZATION', name: 'Upsert Changed Institute', description: 'Now described.' } },
      { authorization: ALICE },
    );
    expect(described.data?.upsertEntity.entity.description).toBe('Now described.');
    expect(await countChanges('upsertEntity', 'updated ORGANIZATION w-upsert-change ')).toBe(2);
  });

  it('stores an id, a name, an alias and a description exactly at their documented limits, and refuses one character more', async () => {
    const id = `w-${'a'.repeat(MAX_ID - 2)}`;
    const input = {
      id,
      type: 'ORGANIZATION',
      name: `N${'n'.repeat(MAX_NAME - 1)}`,
      description: 'd'.repeat(MAX_DESCRIPTION),
      aliases: [{ text: `A${'a'.repeat(MAX_NAME - 1)}` }],
    };
    const stored = await server.query(UPSERT, { input }, { authorization: ALICE });
    expect(stored.errors).toBeUndefined();
    expect(stored.data?.upsertEntity.entity).toMatchObject({ id, name: input.name, aliases: [input.aliases[0]!.text] });
    for (const over of [{ id: `${id}a` }, { name: `${input.name}n` }, { description: `${input.description}d` }]) {
      const outcome = await expectGraphUnchanged(server.db, () =>
        server.query(UPSERT, { input: { ...input, ...over } }, { authorization: ALICE }),
      );
      expect(codeOf(outcome as never)).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses the same letterless names as a name, as an alias in upsertEntity and in addAlias, by one rule', async () => {
    await upsertInstitute('w-name-rule', 'Name Rule Institute');
    for (const text of ['\u200B', '...', '\u200B\u200C', '\u2060\u200D', '\u0301', '— –', '¿?']) {
      const attempts = {
        name: () => server.query(UPSERT, { input: { id: 'w-name-rule-new', type: 'PERSON', name: text } }, { authorization: ALICE }),
        upsertAlias: () =>
          server.query(
            UPSERT,
            { input: { id: 'w-name-rule', type: 'ORGANIZATION', name: 'Name Rule Institute', aliases: [{ text }] } },
            { authorization: ALICE },
          ),
        addAlias: () =>
          server.query(
            'mutation M($a: String!) { addAlias(input: { entityId: "w-name-rule", alias: $a }) { entity { id } } }',
            { a: text },
            { authorization: ALICE },
          ),
      };
      for (const [how, attempt] of Object.entries(attempts)) {
        const outcome = (await expectGraphUnchanged(server.db, attempt)) as {
          errors?: Array<{ message: string; extensions: { code: string } }>;
        };
        expect({
          text,
          how,
          code: outcome.errors?.[0]?.extensions.code,
          rule: /letter or digit/.test(outcome.errors?.[0]?.message ?? ''),
        }).toEqual({
          text,
          how,
          code: 'BAD_USER_INPUT',
          rule: true,
        });
      }
    }
  });

  it('adds an alias that name lookup then finds', async () => {
    await upsertInstitute();
    const { errors } = await server.query(
      `mutation { addAlias(input: { entityId: "w-institute", alias: "EIT Testing" }) { entity { aliases } } }`,
      {},
      { authorization: ALICE },
    );
    expect(errors).toBeUndefined();
    const found = await server.query('{ entity(name: "eit testing") { id } }');
    expect(found.data?.entity.id).toBe('w-institute');
    const missing = await server.query(
      `mutation { addAlias(input: { entityId: "w-nobody", alias: "X" }) { entity { id } } }`,
      {},
      { authorization: ALICE },
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });
});

describe('assertFact', () => {
  const fact = (quote: string, extra: Record<string, unknown> = {}) => ({
    type: 'SIGNED',
    from: 'w-institute',
    to: 'w-memo',
    status: 'REPORTED',
    evidence: [{ document: 'w-doc', quote }],
    ...extra,
  });

  beforeAll(async () => {
    await ingestTestDocument();
    await upsertInstitute();
    await server.query(UPSERT, { input: { id: 'w-memo', type: 'AGREEMENT', name: 'Test memorandum' } }, { authorization: ALICE });
  });

  it('requires the quote verbatim in the stored document, else BAD_USER_INPUT with the field', async () => {
    const outcome = (await expectGraphUnchanged(server.db, () =>
      server.query(ASSERT, { input: fact('The Institute signed a treaty with Mars.') }, { authorization: ALICE }),
    )) as { errors: Array<{ extensions: { code: string; problems: Array<{ field: string }> } }> };
    expect(outcome.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(outcome.errors[0]?.extensions.problems[0]?.field).toBe('input.evidence[0].quote');
  });

  it('rejects a relation type the ontology does not allow between the two entity types', async () => {
    const outcome = await expectGraphUnchanged(server.db, () =>
      server.query(ASSERT, { input: fact('signed a memorandum', { type: 'HELD_IN' }) }, { authorization: ALICE }),
    );
    expect(codeOf(outcome as never)).toBe('BAD_USER_INPUT');
  });

  it('rejects a fact from an entity to itself', async () => {
    const outcome = await expectGraphUnchanged(server.db, () =>
      server.query(ASSERT, { input: fact('signed a memorandum', { to: 'w-institute' }) }, { authorization: ALICE }),
    );
    expect(codeOf(outcome as never)).toBe('BAD_USER_INPUT');
    expect((outcome as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/itself/);
  });

  it('rejects unknown entities and documents', async () => {
    for (const input of [
      fact('signed a memorandum', { to: 'w-nothing' }),
      { ...fact('x'), evidence: [{ document: 'w-no-doc', quote: 'x' }] },
    ]) {
      const outcome = await expectGraphUnchanged(server.db, () => server.query(ASSERT, { input }, { authorization: ALICE }));
      expect(codeOf(outcome as never)).toBe('BAD_USER_INPUT');
    }
  });

  it('stores the fact with its evidence, and adds evidence (not a second edge) when asserted again', async () => {
    const first = await server.query(ASSERT, { input: fact('signed a memorandum', { status: 'PLANNED' }) }, { authorization: ALICE });
    expect(first.errors).toBeUndefined();
    expect(first.data?.assertFact).toMatchObject({
      changed: true,
      relation: { id: 'w-institute.SIGNED.w-memo', status: 'PLANNED', other: { id: 'w-memo' } },
    });
    const second = await server.query(
      ASSERT,
      { input: fact('The Example Institute for Testing signed a memorandum') },
      { authorization: ALICE },
    );
    expect(second.data?.assertFact.relation.status).toBe('REPORTED');
    expect(second.data?.assertFact.relation.evidence).toHaveLength(2);
    const [row] = await server.db.read<{ edges: number }>({
      name: 'test:countEdges',
      cypher: "MATCH (:Entity {id: 'w-institute'})-[r:SIGNED]->(:Entity {id: 'w-memo'}) RETURN count(r) AS edges",
    });
    expect(row?.edges).toBe(1);
  });

  it('creates no duplicates when the same fact is asserted by many clients at once', async () => {
    const input = fact('met Minoru Kiuchi', { type: 'COOPERATES_WITH', to: 'eu-ai-office' });
    const results = await Promise.all(Array.from({ length: 12 }, () => server.query(ASSERT, { input }, { authorization: ALICE })));
    expect(results.map((result) => result.errors)).toEqual(Array(12).fill(undefined));
    const [row] = await server.db.read<{ edges: number; evidence: number }>({
      name: 'test:countParallel',
      cypher: `MATCH (:Entity {id: 'w-institute'})-[r:COOPERATES_WITH]->(:Entity {id: 'eu-ai-office'})
               RETURN count(r) AS edges, COUNT { (ev:Evidence {factId: r.id}) } AS evidence`,
    });
    expect(row).toEqual({ edges: 1, evidence: 1 });
  });

  it('creates one entity when many clients upsert the same id at once', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => upsertInstitute('w-parallel', 'Parallel Org')));
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    const [row] = await server.db.read<{ nodes: number }>({
      name: 'test:countNodes',
      cypher: "MATCH (e:Entity {id: 'w-parallel'}) RETURN count(e) AS nodes",
    });
    expect(row?.nodes).toBe(1);
  });

  it('records one assertion when twenty identical assertFact race, nothing for a repeat, and one more for new evidence', async () => {
    await upsertInstitute('w-partner', 'Partner Institute for Testing');
    const input = fact('The Example Institute for Testing', { type: 'COOPERATES_WITH', to: 'w-partner' });
    const answers = await race(20, () => server.query(ASSERT, { input }, { authorization: ALICE }));
    expect(answers.map((answer) => answer.errors)).toEqual(Array(20).fill(undefined));
    expect(await countChanges('assertFact', 'asserted w-institute.COOPERATES_WITH.w-partner ')).toBe(1);

    await expectGraphUnchanged(server.db, () => server.query(ASSERT, { input }, { authorization: ALICE }));
    expect(await countChanges('assertFact', 'asserted w-institute.COOPERATES_WITH.w-partner ')).toBe(1);

    const more = await server.query(
      ASSERT,
      { input: fact('signed a memorandum with the EU AI Office', { type: 'COOPERATES_WITH', to: 'w-partner' }) },
      { authorization: ALICE },
    );
    expect(more.data?.assertFact.relation.evidence).toHaveLength(2);
    expect(await countChanges('assertFact', 'asserted w-institute.COOPERATES_WITH.w-partner ')).toBe(2);
  });

  it('retracts a fact: hidden from reads, kept with the reason and who', async () => {
    const { data, errors } = await server.query(
      `mutation { retractFact(input: { id: "w-institute.SIGNED.w-memo", reason: "Misread the source" }) { changed retractedFact { id reason retractedBy retractedAt } } }`,
      {},
      { authorization: ALICE },
    );
    expect(errors).toBeUndefined();
    expect(data?.retractFact).toMatchObject({ changed: true, retractedFact: { reason: 'Misread the source', retractedBy: 'alice-test' } });
    const relations = await server.query('{ entity(id: "w-memo") { relations { totalCount } } }');
    expect(relations.data?.entity.relations.totalCount).toBe(0);
    const missing = await server.query(
      `mutation { retractFact(input: { id: "w-a.SIGNED.w-b", reason: "x" }) { changed } }`,
      {},
      { authorization: ALICE },
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('refuses an empty, blank or control-character retraction reason and leaves the fact as it was', async () => {
    for (const reason of ['', '   ', '\u0007', 'bad\u0000reason']) {
      const answer = await server.query(
        'mutation R($r: String!) { retractFact(input: { id: "w-institute.SIGNED.w-memo", reason: $r }) { changed } }',
        { r: reason },
        { authorization: ALICE },
      );
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    }
  });

  it('records one retraction however many identical retractions race or repeat', async () => {
    const countRetractions = async () => {
      const [row] = await server.db.read<{ records: number }>({
        name: 'test:countRetractions',
        cypher:
          "MATCH (c:Change {operation: 'retractFact'}) WHERE c.summary STARTS WITH 'retracted w-institute.SIGNED.w-memo' RETURN count(c) AS records",
      });
      return row?.records;
    };
    const before = await countRetractions();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.query(
          'mutation { retractFact(input: { id: "w-institute.SIGNED.w-memo", reason: "Said again" }) { changed retractedFact { reason } } }',
          {},
          { authorization: ALICE },
        ),
      ),
    );
    expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
    expect(answers.map((answer) => answer.data?.retractFact)).toEqual(
      Array(20).fill({ changed: false, retractedFact: { reason: 'Misread the source' } }),
    );
    expect(await countRetractions()).toBe(before);
  });

  it('records who changed what in the entity history, newest first', async () => {
    const { data } = await server.query(
      '{ history(entityId: "w-institute") { totalCount edges { node { operation editor at summary } } } }',
      {},
      { authorization: CAROL_READER },
    );
    const operations = data?.history.edges.map((edge: { node: { operation: string; editor: string } }) => edge.node);
    expect(operations[0]).toMatchObject({ operation: 'retractFact', editor: 'alice-test' });
    expect(operations.map((op: { operation: string }) => op.operation)).toEqual(
      expect.arrayContaining(['upsertEntity', 'assertFact', 'addAlias']),
    );
  });
});

describe('mergeEntities and unmergeEntity', () => {
  const fingerprint: NamedQuery = {
    name: 'test:fingerprint',
    cypher: `
      MATCH (e:Entity) WHERE e.id IN ['w-kiuchi-a', 'w-kiuchi-b']
      OPTIONAL MATCH (e)-[r]-(o) WHERE NOT type(r) = 'CHANGED'
      WITH e, r, o ORDER BY type(r), r.id, o.id
      WITH e, collect([type(r), r.id, o.id, r.status, r.start]) AS links
      WITH e, links ORDER BY e.id
      RETURN collect([e.id, labels(e), e.name, e.aliases, e.nameKeys, links]) AS state,
             COUNT { (ev:Evidence) WHERE ev.factId CONTAINS 'w-kiuchi' } AS evidence`,
  };

  beforeAll(async () => {
    await ingestTestDocument();
    for (const [id, name] of [
      ['w-kiuchi-a', 'Minoru Kiuchi (test)'],
      ['w-kiuchi-b', 'M. Kiuchi (test)'],
    ]) {
      await server.query(UPSERT, { input: { id, type: 'PERSON', name } }, { authorization: ALICE });
    }
    for (const [from, quote] of [
      ['w-kiuchi-a', 'met Minoru Kiuchi in Tokyo'],
      ['w-kiuchi-b', 'Minoru Kiuchi in Tokyo on 2 June 2025'],
    ]) {
      const result = await server.query(
        ASSERT,
        { input: { type: 'PARTICIPATED_IN', from, to: 'eu-japan-dpc-3', status: 'REPORTED', evidence: [{ document: 'w-doc', quote }] } },
        { authorization: ALICE },
      );
      expect(result.errors).toBeUndefined();
    }
  });

  it('moves facts, evidence and names onto the kept entity, and the old id still resolves', async () => {
    const { data, errors } = await server.query(
      `mutation { mergeEntities(input: { keepId: "w-kiuchi-a", mergeId: "w-kiuchi-b" }) { mergedId changed entity { id aliases relations { totalCount edges { node { other { id } evidence { quote } } } } } } }`,
      {},
      { authorization: ALICE },
    );
    expect(errors).toBeUndefined();
    expect(data?.mergeEntities).toMatchObject({ mergedId: 'w-kiuchi-b', changed: true, entity: { id: 'w-kiuchi-a' } });
    expect(data?.mergeEntities.entity.aliases).toContain('M. Kiuchi (test)');
    const evidence = data?.mergeEntities.entity.relations.edges.flatMap((edge: { node: { evidence: Array<{ quote: string }> } }) =>
      edge.node.evidence.map((item) => item.quote),
    );
    expect(evidence).toEqual(expect.arrayContaining(['met Minoru Kiuchi in Tokyo', 'Minoru Kiuchi in Tokyo on 2 June 2025']));
    const old = await server.query('{ entity(id: "w-kiuchi-b") { id } }');
    expect(old.data?.entity.id).toBe('w-kiuchi-a');
    await server.query(`mutation { unmergeEntity(input: { id: "w-kiuchi-b" }) { changed } }`, {}, { authorization: ALICE });
  });

  it('merge then unmerge restores the graph exactly', async () => {
    const [before] = await server.db.read(fingerprint);
    const countsBefore = await server.db.read({ name: 'test:counts', cypher: 'MATCH (n) WHERE NOT n:Change RETURN count(n) AS n' });
    const merged = await server.query(
      `mutation { mergeEntities(input: { keepId: "w-kiuchi-a", mergeId: "w-kiuchi-b" }) { changed } }`,
      {},
      { authorization: ALICE },
    );
    expect(merged.errors).toBeUndefined();
    const undone = await server.query(
      `mutation { unmergeEntity(input: { id: "w-kiuchi-b" }) { changed entity { id name } } }`,
      {},
      { authorization: ALICE },
    );
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.unmergeEntity).toEqual({ changed: true, entity: { id: 'w-kiuchi-b', name: 'M. Kiuchi (test)' } });
    const [after] = await server.db.read(fingerprint);
    expect(after).toEqual(before);
    expect(await server.db.read({ name: 'test:counts', cypher: 'MATCH (n) WHERE NOT n:Change RETURN count(n) AS n' })).toEqual(
      countsBefore,
    );
  });

  it('refuses to merge across types or into itself, and to unmerge what was never merged', async () => {
    const cases = [
      ['mutation { mergeEntities(input: { keepId: "w-kiuchi-a", mergeId: "w-kiuchi-a" }) { changed } }', 'BAD_USER_INPUT'],
      ['mutation { mergeEntities(input: { keepId: "w-kiuchi-a", mergeId: "w-memo" }) { changed } }', 'BAD_USER_INPUT'],
      ['mutation { mergeEntities(input: { keepId: "w-kiuchi-a", mergeId: "w-ghost" }) { changed } }', 'NOT_FOUND'],
      ['mutation { unmergeEntity(input: { id: "w-kiuchi-a" }) { changed } }', 'NOT_FOUND'],
    ] as const;
    for (const [mutation, code] of cases) {
      const outcome = await expectGraphUnchanged(server.db, () => server.query(mutation, {}, { authorization: ALICE }));
      expect({ mutation, code: codeOf(outcome as never) }).toEqual({ mutation, code });
    }
  });
});
