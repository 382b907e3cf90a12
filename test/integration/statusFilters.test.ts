/**
 * Status and date filters on an entity's relations, the timeline and entity lists, on the seed
 * graph (issue #15: "what is planned but not yet done?" without a scan of every fact). The
 * expected sets are read from seed/facts.yaml.
 */
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

const RELATIONS = `query R($id: ID!, $status: [FactStatus!], $from: String, $to: String) {
  entity(id: $id) { relations(status: $status, from: $from, to: $to, first: 100) { totalCount edges { node { id status date } } } } }`;

interface RelationNode {
  id: string;
  status: string;
  date: string | null;
}

async function relationsOf(id: string, filters: { status?: string[]; from?: string; to?: string }): Promise<RelationNode[]> {
  const { data, errors } = await server.query(RELATIONS, { id, ...filters });
  expect(errors).toBeUndefined();
  const connection = data?.entity.relations as { totalCount: number; edges: Array<{ node: RelationNode }> };
  expect(connection.totalCount).toBe(connection.edges.length);
  return connection.edges.map((edge) => edge.node);
}

const idsOf = (nodes: Array<{ id: string }>) => nodes.map((node) => node.id).sort();

describe('Entity.relations with status and date filters', () => {
  it("keeps only the AI Office's planned facts: everything but its being part of the Commission", async () => {
    expect(idsOf(await relationsOf('eu-ai-office', { status: ['PLANNED'] }))).toEqual([
      'eu-ai-office.COOPERATES_WITH.japan-ai-safety-institute',
      'eu-ai-office.COORDINATES.ai-policy',
      'eu-ai-office.COORDINATES_WITH.companies',
      'eu-ai-office.COORDINATES_WITH.eu-agencies',
      'eu-ai-office.COORDINATES_WITH.eu-member-states',
      'eu-ai-office.COORDINATES_WITH.other-commission-departments',
      'eu-ai-office.SUPERVISES.general-purpose-ai-systems',
    ]);
    expect(idsOf(await relationsOf('eu-ai-office', { status: ['REPORTED'] }))).toEqual(['eu-ai-office.PART_OF.european-commission']);
  });

  it('finds the forecasts about the AI Act, and none of what is reported about it', async () => {
    expect(idsOf(await relationsOf('ai-act', { status: ['EXPECTED'] }))).toEqual([
      'eu-member-states.ADOPTS.ai-act',
      'european-union.ADOPTS.ai-act',
    ]);
  });

  it("keeps the facts dated in a period, leaving undated ones out: Japan's April and May 2024", async () => {
    const facts = await relationsOf('japan', { from: '2024-04', to: '2024-05' });
    expect(idsOf(facts)).toEqual([
      'japan.CALLS_FOR.hiroshima-ai-process',
      'japan.PARTICIPATED_IN.eu-japan-dpc-2',
      'japan.PARTICIPATED_IN.oecd-ministerial-2024',
    ]);
  });

  it('asks both of one fact when given a status and a period: what the EU did (reported) in 2024', async () => {
    expect(idsOf(await relationsOf('european-union', { status: ['REPORTED'], from: '2024', to: '2024' }))).toEqual([
      'european-union.COOPERATES_WITH.south-korea',
      'european-union.LAUNCHED.eu-korea-semiconductor-research-forum',
      'european-union.PARTICIPATED_IN.eu-korea-dpc-2024',
    ]);
  });

  it('takes an empty status list as no filter', async () => {
    expect(idsOf(await relationsOf('eu-ai-office', { status: [] }))).toEqual(idsOf(await relationsOf('eu-ai-office', {})));
  });

  it('rejects a date that is not ISO, naming the argument', async () => {
    const result = await server.query(RELATIONS, { id: 'japan', from: 'April 2024' });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/`from` must be an ISO date/);
  });
});

describe('Query.timeline with a status filter', () => {
  const TIMELINE = `query T($entityId: ID, $from: String, $status: [FactStatus!]) {
    timeline(entityId: $entityId, from: $from, status: $status, first: 100) {
      totalCount edges { node { kind date status subject { id } relation { id } } } } }`;

  interface Entry {
    kind: string;
    date: string;
    status: string;
    subject: { id: string };
    relation: { id: string } | null;
  }

  async function entries(variables: Record<string, unknown>): Promise<Entry[]> {
    const { data, errors } = await server.query(TIMELINE, variables);
    expect(errors).toBeUndefined();
    return (data?.timeline.edges as Array<{ node: Entry }>).map((edge) => edge.node);
  }

  it('keeps what is still to come or forecast, dated facts and dated entities alike', async () => {
    const toCome = await entries({ status: ['PLANNED', 'EXPECTED'] });
    expect(toCome.length).toBeGreaterThan(0);
    expect(toCome.filter((entry) => !['PLANNED', 'EXPECTED'].includes(entry.status))).toEqual([]);
    expect(toCome).toContainEqual(expect.objectContaining({ kind: 'DATED_ENTITY', subject: { id: 'ai-act' }, status: 'EXPECTED' }));
    expect(toCome).toContainEqual(expect.objectContaining({ kind: 'FACT', relation: { id: 'eu-japan-dpc-4.HELD_IN.brussels' } }));
    const all = await entries({});
    expect(all.length).toBe(toCome.length + all.filter((entry) => entry.status === 'REPORTED').length);
  });

  it('combines the status with a period: what is planned from 2026 on is the fourth Council', async () => {
    const planned = await entries({ from: '2026', status: ['PLANNED'] });
    expect(planned.map((entry) => entry.relation?.id ?? `${entry.subject.id} (date)`).sort()).toEqual([
      'eu-japan-dpc-4 (date)',
      'eu-japan-dpc-4.HELD_IN.brussels',
    ]);
  });

  it("filters one entity's timeline too: the Hiroshima AI Process, reported entries only", async () => {
    const reported = await entries({ entityId: 'hiroshima-ai-process', status: ['REPORTED'] });
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((entry) => entry.status === 'REPORTED')).toBe(true);
    expect(reported.map((entry) => entry.relation?.id)).not.toContain('japan.CALLS_FOR.hiroshima-ai-process');
  });
});

describe('Query.entities with a fact status filter', () => {
  const LIST = `query L($types: [EntityType!], $factsFrom: String, $factStatus: [FactStatus!]) {
    entities(types: $types, factsFrom: $factsFrom, factStatus: $factStatus, first: 100) { totalCount edges { node { id } } } }`;

  async function listed(variables: Record<string, unknown>): Promise<string[]> {
    const { data, errors } = await server.query(LIST, variables);
    expect(errors).toBeUndefined();
    return idsOf((data?.entities.edges as Array<{ node: { id: string } }>).map((edge) => edge.node));
  }

  it('lists the entities with a forecast among their facts', async () => {
    expect(await listed({ factStatus: ['EXPECTED'] })).toEqual(['ai-act', 'eu-member-states', 'european-union']);
  });

  it('asks the period and the status of the same fact', async () => {
    // Japan has planned facts (2024) and reported ones dated 2025, but no planned fact from 2025 on.
    expect(await listed({ types: ['COUNTRY'], factStatus: ['PLANNED'] })).toEqual(['japan']);
    expect(await listed({ types: ['COUNTRY'], factStatus: ['PLANNED'], factsFrom: '2025' })).toEqual([]);
    expect(await listed({ types: ['EVENT'], factStatus: ['PLANNED'], factsFrom: '2026' })).toEqual(['eu-japan-dpc-4']);
  });
});
