/**
 * Ingesting a document stores the facts its sentences state as proposals, each with its clause and
 * sentence (offsets verbatim), status, date, confidence and cue; editors list them, accept them
 * (through assertFact's validation: a proposal stating a seed fact becomes new evidence for it) or
 * reject them with a reason, which is remembered for the same sentence in later documents.
 * The text is the Commission's press release on the third EU-Japan Digital Partnership Council
 * (eval/articles/ec-dpc3-tokyo-2025.txt), read over the seed graph.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALICE, startTestServer, type TestServer } from '../support/testServer';
import { removeTestData } from '../support/testData';

let server: TestServer;
const OFFICIAL = fs.readFileSync(path.join(__dirname, '../../eval/articles/ec-dpc3-tokyo-2025.txt'), 'utf8');

const PROPOSAL = `id type status statusCue date datePrecision dateInferred confidence cue cueText state
  from { id name type entity { id } candidate { id state } text }
  to { id name type entity { id } candidate { id state } text }
  evidence { quote start end sentence sentenceStart sentenceEnd }
  corroborates { id }
  judgement { state editor reason relation { id } }`;

interface ProposalView {
  id: string;
  type: string;
  status: string;
  date: string | null;
  confidence: number;
  cue: string;
  state: string;
  from: { id: string; name: string; entity: { id: string } | null; candidate: { id: string; state: string } | null };
  to: { id: string; name: string; entity: { id: string } | null; candidate: { id: string; state: string } | null };
  evidence: { quote: string; start: number; end: number; sentence: string; sentenceStart: number; sentenceEnd: number };
  corroborates: { id: string } | null;
  judgement: { state: string; editor: string; reason: string | null; relation: { id: string } | null } | null;
}

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

async function ingest(id: string, text: string): Promise<ProposalView[]> {
  const { data, errors } = await server.query<{ ingestDocument: { proposals: ProposalView[] } }>(
    `mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { proposals { ${PROPOSAL} } } }`,
    { input: { id, title: id, text, publishedAt: '2025-05-12' } },
    { authorization: ALICE },
  );
  expect(errors).toBeUndefined();
  return data!.ingestDocument.proposals;
}

async function listed(variables: Record<string, unknown>): Promise<{ totalCount: number; nodes: ProposalView[] }> {
  const { data, errors } = await server.query<{ proposals: { totalCount: number; edges: Array<{ node: ProposalView }> } }>(
    `query List($documentId: ID, $state: ProposalState, $type: RelationType, $first: Int) {
      proposals(documentId: $documentId, state: $state, type: $type, first: $first) { totalCount edges { node { ${PROPOSAL} } } }
    }`,
    variables,
  );
  expect(errors).toBeUndefined();
  return { totalCount: data!.proposals.totalCount, nodes: data!.proposals.edges.map((edge) => edge.node) };
}

const ACCEPT = `mutation Accept($input: AcceptProposalInput!) {
  acceptProposal(input: $input) { proposal { ${PROPOSAL} } relation { id status evidence { document { id } quote start end status } } corroborated changed }
}`;
const REJECT = `mutation Reject($input: RejectProposalInput!) { rejectProposal(input: $input) { proposal { ${PROPOSAL} } changed } }`;

const accept = (input: Record<string, unknown>, authorization = ALICE) => server.query(ACCEPT, { input }, { authorization });
const reject = (input: Record<string, unknown>) => server.query(REJECT, { input }, { authorization: ALICE });

let proposals: ProposalView[];
const find = (type: string, fromId: string, toId: string) =>
  proposals.find((proposal) => proposal.type === type && proposal.from.id === fromId && proposal.to.id === toId);

beforeAll(async () => {
  server = await startTestServer();
  await removeTestData(server.db, 'fp-');
  proposals = await ingest('fp-ec-dpc3', OFFICIAL);
}, 120_000);
afterAll(async () => {
  await removeTestData(server.db, 'fp-');
  await server.close();
});

describe('fact proposals from an ingested document', () => {
  it('proposes the co-chairs of the third Council, each with its clause and sentence verbatim at their offsets', () => {
    const coChairs = proposals.filter((proposal) => proposal.type === 'CO_CHAIRED' && proposal.to.id === 'eu-japan-dpc-3');
    expect(coChairs.map((proposal) => proposal.from.id).sort()).toEqual([
      'henna-virkkunen',
      'japan-deputy-minister-economy-trade-industry',
      'japan-minister-digital-transformation',
      'japan-minister-internal-affairs-communications',
    ]);
    for (const proposal of proposals) {
      const { quote, start, end, sentence, sentenceStart, sentenceEnd } = proposal.evidence;
      expect(OFFICIAL.slice(start, end)).toBe(quote);
      expect(OFFICIAL.slice(sentenceStart, sentenceEnd)).toBe(sentence);
      expect(start >= sentenceStart && end <= sentenceEnd).toBe(true);
      expect(proposal.state).toBe('OPEN');
      expect(proposal.confidence).toBeGreaterThan(0);
      expect(proposal.cue.length).toBeGreaterThan(0);
    }
  });

  it('says which seed fact a proposal states (corroborates), and reads the date from "today" at the publication date', () => {
    expect(find('CO_CHAIRED', 'henna-virkkunen', 'eu-japan-dpc-3')?.corroborates).toEqual({
      id: 'henna-virkkunen.CO_CHAIRED.eu-japan-dpc-3',
    });
    const heldIn = find('HELD_IN', 'eu-japan-dpc-3', 'tokyo');
    expect(heldIn).toMatchObject({ status: 'REPORTED', date: '2025-05-12', corroborates: { id: 'eu-japan-dpc-3.HELD_IN.tokyo' } });
  });

  it('lists proposals by document, state and type, and refuses an unknown document with NOT_FOUND', async () => {
    const all = await listed({ documentId: 'fp-ec-dpc3', state: null, first: 100 });
    expect(all.totalCount).toBe(proposals.length);
    const coChaired = await listed({ documentId: 'fp-ec-dpc3', type: 'CO_CHAIRED' });
    expect(coChaired.totalCount).toBe(4);
    expect(coChaired.nodes.every((proposal) => proposal.type === 'CO_CHAIRED')).toBe(true);
    const missing = await server.query('{ proposals(documentId: "fp-no-such-doc") { totalCount } }');
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('accepts a proposal that states a seed fact as new evidence for it, audited, and answers a repeat unchanged', async () => {
    const proposal = find('CO_CHAIRED', 'henna-virkkunen', 'eu-japan-dpc-3')!;
    const first = await accept({ id: proposal.id });
    expect(first.errors).toBeUndefined();
    const payload = first.data!.acceptProposal;
    expect(payload).toMatchObject({ corroborated: true, changed: true, relation: { id: 'henna-virkkunen.CO_CHAIRED.eu-japan-dpc-3' } });
    expect(payload.proposal).toMatchObject({ state: 'ACCEPTED', judgement: { state: 'ACCEPTED', editor: 'alice-test', reason: null } });
    const documents = payload.relation.evidence.map((evidence: { document: { id: string } }) => evidence.document.id);
    expect(documents).toEqual(expect.arrayContaining(['eu-japan-dpc3-tokyo', 'fp-ec-dpc3']));
    const added = payload.relation.evidence.find((evidence: { document: { id: string } }) => evidence.document.id === 'fp-ec-dpc3');
    expect(added).toMatchObject({ quote: proposal.evidence.quote, start: proposal.evidence.start, end: proposal.evidence.end });
    const changes = await server.db.read<{ n: number }>(
      {
        name: 'test:countProposalChanges',
        cypher: "MATCH (c:Change {operation: 'acceptProposal'}) WHERE c.summary CONTAINS $id RETURN count(c) AS n",
      },
      { id: proposal.id },
    );
    expect(changes[0]!.n).toBe(1);
    const again = await accept({ id: proposal.id });
    expect(again.data?.acceptProposal).toMatchObject({ changed: false, relation: { id: 'henna-virkkunen.CO_CHAIRED.eu-japan-dpc-3' } });
  });

  it('counts independent sources and dates each status: planned in Euronews (April 2024), reported by the seed article and the release', async () => {
    const proposal = find('HELD_IN', 'eu-japan-dpc-3', 'tokyo')!;
    const { data, errors } = await server.query(
      `mutation Accept($input: AcceptProposalInput!) {
        acceptProposal(input: $input) { relation { id status date sources statusHistory { status date document { id } quote } } corroborated }
      }`,
      { input: { id: proposal.id } },
      { authorization: ALICE },
    );
    expect(errors).toBeUndefined();
    const relation = data!.acceptProposal.relation;
    expect(data!.acceptProposal.corroborated).toBe(true);
    expect(relation).toMatchObject({ id: 'eu-japan-dpc-3.HELD_IN.tokyo', status: 'REPORTED', sources: 3 });
    expect(
      relation.statusHistory.map((step: { status: string; date: string; document: { id: string } }) => [
        step.status,
        step.date,
        step.document.id,
      ]),
    ).toEqual([
      ['PLANNED', '2024-04', 'euronews-eu-japan-ai-data-flows'],
      ['REPORTED', '2025', 'eu-japan-dpc3-tokyo'],
      ['REPORTED', '2025-05-12', 'fp-ec-dpc3'],
    ]);
  });

  it('refuses to accept a proposal whose end is an open name candidate, naming the candidate', async () => {
    const proposal = proposals.find((p) => p.from.candidate !== null || p.to.candidate !== null);
    expect(proposal).toBeDefined();
    const outcome = await accept({ id: proposal!.id });
    expect(codeOf(outcome)).toBe('CONFLICT');
    const candidate = (proposal!.from.candidate ?? proposal!.to.candidate)!;
    expect(outcome.errors?.[0]?.message).toContain(candidate.id);
    expect(outcome.errors?.[0]?.message).toMatch(/acceptCandidate|linkCandidate/);
  });

  it('validates an accept as assertFact does: HOLDS_OFFICE needs a role, and the quote must be verbatim', async () => {
    const office = proposals.find((p) => p.type === 'HOLDS_OFFICE' && p.from.entity !== null && p.to.entity !== null)!;
    const noRole = await accept({ id: office.id });
    expect(codeOf(noRole)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(noRole.errors?.[0]?.extensions)).toContain('input.role');
    const badQuote = await accept({ id: office.id, role: 'Minister', quote: 'words this press release never says' });
    expect(codeOf(badQuote)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badQuote.errors?.[0]?.extensions)).toContain('input.quote');
    const stillOpen = await listed({ documentId: 'fp-ec-dpc3', state: 'OPEN', type: 'HOLDS_OFFICE', first: 100 });
    expect(stillOpen.nodes.map((p) => p.id)).toContain(office.id);
  });

  it('rejects a proposal only with a reason, and does not propose it again for the same sentence in a later document', async () => {
    const proposal = proposals.find((p) => p.type === 'COVERS' && p.state === 'OPEN')!;
    expect(codeOf(await reject({ id: proposal.id, reason: '   ' }))).toBe('BAD_USER_INPUT');
    const rejected = await reject({ id: proposal.id, reason: 'the sentence lists topics of the partnership, not of the council' });
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data?.rejectProposal).toMatchObject({
      changed: true,
      proposal: { state: 'REJECTED', judgement: { state: 'REJECTED', editor: 'alice-test', reason: expect.stringContaining('topics') } },
    });
    expect((await reject({ id: proposal.id, reason: 'again' })).data?.rejectProposal).toMatchObject({
      changed: false,
      proposal: { judgement: { reason: expect.stringContaining('topics') } },
    });
    expect(codeOf(await accept({ id: proposal.id }))).toBe('CONFLICT');

    const copy = await ingest('fp-ec-dpc3-copy', OFFICIAL.replace('Todays Council', "Today's Council"));
    const same = (p: ProposalView) => p.type === proposal.type && p.from.id === proposal.from.id && p.to.id === proposal.to.id;
    expect(copy.some(same)).toBe(false);
    expect(copy.length).toBe(proposals.length - 1);
  });

  it('answers NOT_FOUND for an unknown proposal and UNAUTHENTICATED without a token', async () => {
    expect(codeOf(await accept({ id: 'fp-nothing' }))).toBe('NOT_FOUND');
    expect(codeOf(await server.query(REJECT, { input: { id: proposals[0]!.id, reason: 'x' } }))).toBe('UNAUTHENTICATED');
  });
});
