/**
 * When an official text of the same event is ingested, the seed's machine-translated phantoms are
 * flagged as conflicts, with both sides' evidence and a reason, and kept: the fourth co-chair of
 * the third Council ("Minister of Western Affairs") against the Commission's press release, and
 * the third signer of the quantum letter of intent ("President Wiess") against a report that names
 * two. The co-chairs and signers both sides name are not flagged.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALICE, startTestServer, type TestServer } from '../support/testServer';
import { removeTestData } from '../support/testData';

let server: TestServer;
const article = (slug: string) => fs.readFileSync(path.join(__dirname, `../../eval/articles/${slug}.txt`), 'utf8');

const CONFLICTS = `{
  conflicts(first: 100) {
    totalCount
    edges { node {
      id kind relationType reason about { id }
      facts { id evidence { document { id } } }
      sides { document { id } machineTranslated role says evidence { quote start end status relation { id } proposal { id role } } }
    } }
  }
}`;

interface ConflictView {
  id: string;
  kind: string;
  relationType: string;
  reason: string;
  about: { id: string };
  facts: Array<{ id: string }>;
  sides: Array<{
    document: { id: string };
    machineTranslated: boolean;
    role: string;
    says: string;
    evidence: Array<{
      quote: string;
      start: number;
      end: number;
      relation: { id: string } | null;
      proposal: { id: string; role: string | null } | null;
    }>;
  }>;
}

async function ingest(id: string, slug: string, publishedAt: string, text = article(slug)): Promise<void> {
  const { errors } = await server.query(
    `mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }`,
    { input: { id, title: slug, text, publishedAt } },
    { authorization: ALICE },
  );
  expect(errors).toBeUndefined();
}

async function conflicts(): Promise<ConflictView[]> {
  const { data, errors } = await server.query<{ conflicts: { edges: Array<{ node: ConflictView }> } }>(CONFLICTS);
  expect(errors).toBeUndefined();
  return data!.conflicts.edges.map((edge) => edge.node);
}

const about = (all: ConflictView[], kind: string, type: string, id: string) =>
  all.find((conflict) => conflict.kind === kind && conflict.relationType === type && conflict.about.id === id);

beforeAll(async () => {
  server = await startTestServer();
  await removeTestData(server.db, 'fc-');
}, 60_000);
afterAll(async () => {
  await removeTestData(server.db, 'fc-');
  await server.close();
});

describe('conflicts between sources', () => {
  it('flags the translation phantom among the co-chairs of the third Council once the press release is ingested, and keeps it', async () => {
    const before = about(await conflicts(), 'PARTIES', 'CO_CHAIRED', 'eu-japan-dpc-3');
    expect(before).toBeUndefined();
    await ingest('fc-ec-dpc3', 'ec-dpc3-tokyo-2025', '2025-05-12');
    const conflict = about(await conflicts(), 'PARTIES', 'CO_CHAIRED', 'eu-japan-dpc-3')!;
    expect(conflict).toBeDefined();
    expect(conflict.facts.map((fact) => fact.id)).toEqual(['japan-minister-western-affairs.CO_CHAIRED.eu-japan-dpc-3']);
    expect(conflict.reason).toMatch(/rests only on .*eu-japan-dpc3-tokyo, machine-translated/);
    const flagged = conflict.sides.find((side) => side.role === 'FLAGGED')!;
    expect(flagged).toMatchObject({ document: { id: 'eu-japan-dpc3-tokyo' }, machineTranslated: true });
    expect(flagged.evidence.some((evidence) => evidence.relation?.id === 'japan-minister-western-affairs.CO_CHAIRED.eu-japan-dpc-3')).toBe(
      true,
    );
    const contradicting = conflict.sides.find((side) => side.role === 'CONTRADICTING')!;
    expect(contradicting).toMatchObject({ document: { id: 'fc-ec-dpc3' }, machineTranslated: false });
    expect(contradicting.says).toMatch(/^4 co-chairs/);
    const text = article('ec-dpc3-tokyo-2025');
    for (const evidence of contradicting.evidence) {
      expect(evidence.proposal).not.toBeNull();
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    // Flagged, not deleted.
    const { data } = await server.query(
      `{ entity(id: "japan-minister-western-affairs") { relations(first: 20) { edges { node { id } } } } }`,
    );
    expect(JSON.stringify(data)).toContain('japan-minister-western-affairs.CO_CHAIRED.eu-japan-dpc-3');
  }, 120_000);

  it('flags the seed’s "Deputy Minister" title of the METI co-chair against the release’s "Parliamentary Vice-Minister", and no other office', async () => {
    const all = await conflicts();
    const roles = all.filter((conflict) => conflict.kind === 'ROLE');
    expect(roles.map((conflict) => conflict.about.id)).toEqual(['japan-deputy-minister-economy-trade-industry']);
    const [conflict] = roles;
    expect(conflict!.facts.map((fact) => fact.id)).toEqual([
      'japan-deputy-minister-economy-trade-industry.HOLDS_OFFICE.japan.deputy-minister-of-economy-trade-and-industry',
    ]);
    expect(conflict!.reason).toContain('Third EU-Japan Digital Partnership Council');
    const contradicting = conflict!.sides.find((side) => side.role === 'CONTRADICTING')!;
    expect(contradicting.document.id).toBe('fc-ec-dpc3');
    const text = article('ec-dpc3-tokyo-2025');
    for (const evidence of contradicting.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    expect(contradicting.evidence.map((evidence) => evidence.proposal?.role)).toContain(
      'Parliamentary Vice-Minister of Economy, Trade and Industry',
    );
  }, 120_000);

  it('flags the fourth Council’s planned place once a later report on that Council does not say it, and not before', async () => {
    const planned = 'eu-japan-dpc-4.HELD_IN.brussels';
    const flaggedNow = async () =>
      (await conflicts()).filter((conflict) => conflict.kind === 'NOT_REPORTED' && conflict.facts.some((fact) => fact.id === planned));
    expect(await flaggedNow()).toEqual([]);
    const report =
      'The EU and Japan held their fourth Digital Partnership Council on 14 January 2027. ' +
      'The Council was co-chaired by Henna Virkkunen and Masaaki Taira.';
    // Published before the planned year ends at the precision both give ("2026" vs "2026-11"): not later.
    await ingest('fc-dpc4-early', 'fc-dpc4-early', '2026-11-30', report.replace('2027', '2026'));
    expect(await flaggedNow()).toEqual([]);
    await ingest('fc-dpc4-report', 'fc-dpc4-report', '2027-01-15', report);
    const [conflict, ...rest] = await flaggedNow();
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ relationType: 'HELD_IN', about: { id: 'eu-japan-dpc-4' } });
    expect(conflict!.reason).toContain('PLANNED for 2026');
    expect(conflict!.sides.map((side) => [side.document.id, side.role])).toEqual([
      ['eu-japan-dpc3-tokyo', 'FLAGGED'],
      ['fc-dpc4-report', 'CONTRADICTING'],
    ]);
    for (const evidence of conflict!.sides[1]!.evidence) expect(report.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  }, 120_000);

  it('flags "President Wiess" among the signers of the quantum letter of intent against a report naming two', async () => {
    await ingest('fc-qcr-loi', 'quantumcomputingreport-loi-2025', '2025-05-14');
    const conflict = about(await conflicts(), 'PARTIES', 'SIGNED', 'eu-japan-quantum-letter-of-intent')!;
    expect(conflict).toBeDefined();
    expect(conflict.facts.map((fact) => fact.id)).toContain('president-wiess.SIGNED.eu-japan-quantum-letter-of-intent');
    expect(conflict.facts.map((fact) => fact.id)).not.toContain('henna-virkkunen.SIGNED.eu-japan-quantum-letter-of-intent');
    expect(conflict.facts.map((fact) => fact.id)).not.toContain('minoru-kiuchi.SIGNED.eu-japan-quantum-letter-of-intent');
    expect(conflict.reason).toContain('President Wiess');
  }, 120_000);

  it('ask leaves a disputed signer out of its answer and says why (issue #15: no phantom offered as the answer)', async () => {
    const { data, errors } = await server.query<{ ask: { facts: Array<{ id: string }>; text: string } }>(
      `query Ask($q: String!) { ask(question: $q) { facts { id } text } }`,
      { q: 'Who signed the letter of intent on quantum technology?' },
    );
    expect(errors).toBeUndefined();
    const ids = data!.ask.facts.map((fact) => fact.id);
    expect(ids).not.toContain('president-wiess.SIGNED.eu-japan-quantum-letter-of-intent');
    expect(ids).toContain('henna-virkkunen.SIGNED.eu-japan-quantum-letter-of-intent');
    expect(data!.ask.text).toMatch(/Left out, as sources disagree: President Wiess signed/);
  }, 120_000);

  it('drops a conflict once the contradicting proposals are rejected', async () => {
    const conflict = about(await conflicts(), 'PARTIES', 'CO_CHAIRED', 'eu-japan-dpc-3')!;
    const proposalIds = conflict.sides
      .filter((side) => side.role === 'CONTRADICTING')
      .flatMap((side) => side.evidence.flatMap((evidence) => (evidence.proposal ? [evidence.proposal.id] : [])));
    for (const id of new Set(proposalIds)) {
      const { errors } = await server.query(
        `mutation { rejectProposal(input: { id: "${id}", reason: "test: the release is wrong here" }) { changed } }`,
        {},
        { authorization: ALICE },
      );
      expect(errors).toBeUndefined();
    }
    expect(about(await conflicts(), 'PARTIES', 'CO_CHAIRED', 'eu-japan-dpc-3')).toBeUndefined();
  }, 120_000);
});
