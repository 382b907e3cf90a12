/**
 * A proposal keeps the entity ids read at ingest; when one of its ends is merged into another
 * entity afterwards, the proposal reads as the entity kept (its ends, what it corroborates) and
 * accepting it writes the fact on the entity kept, never on the merged-away id.
 */
import { ALICE, startTestServer, type TestServer } from '../support/testServer';
import { removeTestData } from '../support/testData';

let server: TestServer;

async function mutate(query: string, variables: Record<string, unknown> = {}) {
  const result = await server.query<Record<string, unknown>>(query, variables, { authorization: ALICE });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

beforeAll(async () => {
  server = await startTestServer();
  await removeTestData(server.db, 'pr-');
}, 60_000);
afterAll(async () => {
  await removeTestData(server.db, 'pr-');
  await server.close();
});

const SIGNED = (id: string) => `{
  proposals(documentId: "pr-doc", type: SIGNED, first: 10) { edges { node { id from { id name } to { id } } } }
  entity(id: "${id}") { id }
}`;

test('a proposal whose end was merged away reads as, and is accepted on, the entity kept', async () => {
  for (const [id, name] of [
    ['pr-old', 'Quantum Redirect Bureau'],
    ['pr-keep', 'Redirect Keeper Agency'],
  ])
    await mutate(`mutation { upsertEntity(input: { id: "${id}", type: ORGANIZATION, name: "${name}" }) { entity { id } } }`);
  await mutate(`mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }`, {
    input: {
      id: 'pr-doc',
      title: 'pr-doc',
      publishedAt: '2025-05-13',
      text: 'The Quantum Redirect Bureau signed the EU-Japan Letter of Intent on Quantum Technology on 13 May 2025.',
    },
  });
  const before = await server.query<{ proposals: { edges: Array<{ node: { id: string; from: { id: string } } }> } }>(SIGNED('pr-old'));
  const [proposal] = before.data!.proposals.edges.map((edge) => edge.node);
  expect(proposal?.from.id).toBe('pr-old');

  await mutate(`mutation { mergeEntities(input: { keepId: "pr-keep", mergeId: "pr-old" }) { changed } }`);
  const after = await server.query<{ proposals: { edges: Array<{ node: { id: string; from: { id: string; name: string } } }> } }>(
    SIGNED('pr-keep'),
  );
  expect(after.data!.proposals.edges.map((edge) => edge.node.from)).toEqual([{ id: 'pr-keep', name: 'Redirect Keeper Agency' }]);

  const accepted = (await mutate(`mutation { acceptProposal(input: { id: "${proposal!.id}" }) { relation { id } } }`)) as {
    acceptProposal: { relation: { id: string } };
  };
  expect(accepted.acceptProposal.relation.id).toBe('pr-keep.SIGNED.eu-japan-quantum-letter-of-intent');
}, 120_000);
