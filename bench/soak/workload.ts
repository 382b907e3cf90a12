/**
 * What the soak's clients do: analyst reads over the seed graph (the shapes of
 * docs/queries.graphql) and editor writes (two new `soak-` organisations and a fact between
 * them, quoting the soak's own document). Each client loops until the deadline or an abort;
 * every request is bounded (graphqlClient), so the loop always ends.
 */
import { postGraphQL, type Outcome } from './graphqlClient';

export type Kind = 'read' | 'write';

/** What the server acknowledged (200, no errors): each must be readable at the end. */
export interface Acknowledged {
  entities: Array<{ id: string; name: string }>;
  /** Fact ids by the entity they start from. */
  factsFrom: Map<string, string>;
}

export interface Tally {
  latencies: Record<Kind, number[]>;
  byOperation: Record<string, number>;
  failures: Map<string, number>;
  acknowledged: Acknowledged;
}

export function emptyTally(): Tally {
  return { latencies: { read: [], write: [] }, byOperation: {}, failures: new Map(), acknowledged: { entities: [], factsFrom: new Map() } };
}

/** The quote every soak fact cites; it occurs exactly once in SOAK_DOCUMENT_TEXT. */
export const SOAK_QUOTE = 'each soak organisation cooperates with its soak counterpart';
const SOAK_DOCUMENT_TEXT = 'Load test record. During a soak run, ' + SOAK_QUOTE + ' on synthetic work. Nothing here describes a real body.';

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

function defineReads(random: () => number) {
  const names = ['Hena Wilkunen', 'Henna Virkkunen', 'Japan', 'Minoru Kiuchi', 'Tokyo', 'Hiroshima AI Process'];
  const terms = ['Virkunen', 'digital partnership', 'AI', 'semiconductors', 'Kiuchi', 'council'];
  const ids = ['henna-virkkunen', 'eu-japan-dpc-3', 'european-union', 'japan', 'hiroshima-ai-process', 'ai-act'];
  const pairs: Array<[string, string]> = [
    ['henna-virkkunen', 'hiroshima-ai-process'],
    ['european-union', 'japan'],
    ['minoru-kiuchi', 'eu-japan-dpc-3'],
  ];
  return [
    {
      name: 'entityByName',
      query: 'query ($name: String!) { entity(name: $name) { id name aliases description } }',
      variables: () => ({ name: pick(names, random) }),
    },
    {
      name: 'search',
      query: 'query ($q: String!) { search(query: $q, first: 5) { totalCount edges { score node { id name type } } } }',
      variables: () => ({ q: pick(terms, random) }),
    },
    {
      name: 'relationsPage',
      query: `query ($id: ID!) { entity(id: $id) { name relations(first: 10) { totalCount
        edges { cursor node { id type status other { name } evidence { quote document { title } } } } pageInfo { hasNextPage endCursor } } } }`,
      variables: () => ({ id: pick(ids, random) }),
    },
    {
      name: 'paths',
      query: `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) {
        length start { name } steps { type direction other { name } evidence { quote } } } }`,
      variables: () => {
        const [from, to] = pick(pairs, random);
        return { from, to };
      },
    },
    {
      name: 'neighborhood',
      query:
        'query ($id: ID!) { neighborhood(id: $id, depth: 1, limit: 30) { truncated nodes { id name type } edges { source target type } } }',
      variables: () => ({ id: pick(ids, random) }),
    },
    {
      name: 'timeline',
      query: `query ($from: String, $to: String) { timeline(from: $from, to: $to, first: 50) { totalCount
        edges { node { kind date precision status subject { name } relation { type other { name } } } } } }`,
      variables: () =>
        pick(
          [
            { from: '2024-03', to: '2024-06' },
            { from: '2025', to: '2026' },
          ],
          random,
        ),
    },
  ];
}

const INGEST = `mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { created document { id } } }`;
const UPSERT = `mutation ($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id name } } }`;
const ASSERT = `mutation ($input: AssertFactInput!) { assertFact(input: $input) { relation { id type other { id } evidence { quote } } } }`;

export interface WorkloadOptions {
  url: string;
  authorization: string;
  runId: string;
  documentId: string;
  /** Share of loop iterations that are a write round (three mutations) instead of one read. */
  writeShare: number;
}

/** The document every soak fact quotes; ingested once before the clients start. */
export async function ingestSoakDocument(options: WorkloadOptions): Promise<Outcome> {
  return postGraphQL(
    options.url,
    INGEST,
    {
      input: { id: options.documentId, title: `Soak run ${options.runId}`, publisher: 'partnership-graph soak', text: SOAK_DOCUMENT_TEXT },
    },
    options.authorization,
  );
}

/** A small seeded generator (mulberry32), so a client's mix is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function record(tally: Tally, kind: Kind, operation: string, outcome: Outcome): boolean {
  tally.latencies[kind].push(outcome.millis);
  tally.byOperation[operation] = (tally.byOperation[operation] ?? 0) + 1;
  if (!outcome.ok) {
    const reason = `${operation}: ${outcome.failure}`;
    tally.failures.set(reason, (tally.failures.get(reason) ?? 0) + 1);
  }
  return outcome.ok;
}

/** `phase` keeps the ids of the warm-up's writes apart from the measured period's. */
export async function runClient(
  client: number,
  options: WorkloadOptions,
  tally: Tally,
  keepGoing: () => boolean,
  phase = '',
): Promise<void> {
  const random = seededRandom(0x5eed + client + (phase === 'w' ? 1000 : 0));
  const reads = defineReads(random);
  for (let round = 0; keepGoing(); round += 1) {
    if (random() >= options.writeShare) {
      const read = pick(reads, random);
      record(tally, 'read', read.name, await postGraphQL(options.url, read.query, read.variables()));
      continue;
    }
    await writeRound(`${options.runId}-${phase}c${client}-r${round}`, options, tally);
  }
}

async function writeRound(key: string, options: WorkloadOptions, tally: Tally): Promise<void> {
  const from = { id: `soak-${key}-a`, name: `Soak organisation ${key} A` };
  const to = { id: `soak-${key}-b`, name: `Soak organisation ${key} B` };
  for (const entity of [from, to]) {
    const outcome = await postGraphQL<{ upsertEntity: { entity: { id: string } } }>(
      options.url,
      UPSERT,
      { input: { ...entity, type: 'ORGANIZATION', description: 'Created by npm run soak.' } },
      options.authorization,
    );
    if (!record(tally, 'write', 'upsertEntity', outcome)) return;
    tally.acknowledged.entities.push(entity);
  }
  const outcome = await postGraphQL<{ assertFact: { relation: { id: string } } }>(
    options.url,
    ASSERT,
    {
      input: {
        type: 'COOPERATES_WITH',
        from: from.id,
        to: to.id,
        status: 'REPORTED',
        evidence: [{ document: options.documentId, quote: SOAK_QUOTE }],
      },
    },
    options.authorization,
  );
  if (record(tally, 'write', 'assertFact', outcome)) tally.acknowledged.factsFrom.set(from.id, outcome.data!.assertFact.relation.id);
}
