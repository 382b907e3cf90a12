/**
 * The pages in a real browser: Debian's headless Chromium, driven by playwright-core, against
 * the real HTTP server and the test Neo4j. It needs /usr/bin/chromium (`.ci/run` installs it)
 * and the built pages (`npm test` runs `npm run build:web` first); without either it fails and
 * says which. Every request that would leave this server is refused and fails the test: the
 * pages must work offline. Screenshots go to test/artifacts/ (git-ignored).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { Kind, parse } from 'graphql';
import type { BrowserContext, Page } from 'playwright-core';
import { WEB_DIST_DIR } from '../../src/paths';
import { ARTIFACTS, launchChromium, type LaunchedChromium } from '../support/chromium';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';
import { ALICE, TEST_EDITORS } from '../support/testServer';
import { removeTestData } from '../support/testData';

jest.setTimeout(120_000);

let server: HttpTestServer;
let context: BrowserContext;
let page: Page;
let launched: LaunchedChromium;
const leftTheServer: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(WEB_DIST_DIR, 'explore.html'))) {
    throw new Error(`The pages are not built (${WEB_DIST_DIR}): run npm run build:web (npm test does it first).`);
  }
  server = await startHttpTestServer({ webDir: WEB_DIST_DIR });
  launched = await launchChromium('explorer');
  context = launched.context;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.url}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    leftTheServer.push(url);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

afterEach(() => {
  expect(leftTheServer).toEqual([]);
  expect(pageErrors).toEqual([]);
});

/** Waits until the picture holds these entities and has stopped moving (layout and animations). */
async function pictureSettledWith(ids: string[]): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const cy = (globalThis as any).explorerGraph;
      const container = (globalThis as any).document.querySelector('[data-testid="graph"]');
      return (
        cy &&
        wanted.every((id: string) => cy.getElementById(id).nonempty()) &&
        container.dataset.layout === 'idle' &&
        !cy.animated() &&
        !cy.nodes().some((node: any) => node.animated())
      );
    },
    ids,
    { polling: 100 },
  );
}

const nodeCount = () => page.evaluate(() => (globalThis as any).explorerGraph.nodes().length as number);

/** Clicks an entity's node where it is drawn on the canvas, as a person would. */
async function clickNode(id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = (globalThis as any).explorerGraph;
    const position = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

describe('the explorer in a real browser', () => {
  it('finds Henna Virkkunen from a garbled name, expands her neighbourhood and shows how she connects to the Hiroshima AI Process', async () => {
    await page.goto(`${server.url}/explore`);

    // Search with the machine-translated spelling.
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Hena Wilkunen');
    const firstHit = page.getByRole('option').first();
    await expect(firstHit.textContent()).resolves.toContain('Henna Virkkunen');
    await firstHit.click();

    // Her card: type, aliases, description, facts with their quotes and source documents.
    const card = page.getByTestId('entity-card');
    await card.getByRole('heading', { name: 'Henna Virkkunen' }).waitFor();
    await card.getByText('“The council was co-chaired by Hena Wilkunen”').waitFor();
    await card.getByRole('link', { name: 'EU and Japan hold third Digital Partnership Council in Tokyo' }).first().waitFor();
    const cardText = await card.textContent();
    expect(cardText).toContain('Person');
    expect(cardText).toContain('Hena Wilkunen');
    expect(cardText).toContain('Executive Vice-President');

    // Her neighbourhood is drawn; clicking a neighbour on the canvas expands it.
    await pictureSettledWith(['henna-virkkunen', 'eu-japan-dpc-3']);
    const before = await nodeCount();
    await clickNode('eu-japan-dpc-3');
    await card.getByRole('heading', { name: 'Third EU-Japan Digital Partnership Council' }).waitFor();
    await pictureSettledWith(['japan', 'european-union']);
    expect(await nodeCount()).toBeGreaterThan(before);

    // Back to her, by clicking her node.
    await clickNode('henna-virkkunen');
    await card.getByRole('heading', { name: 'Henna Virkkunen' }).waitFor();

    // How is she connected to the Hiroshima AI Process?
    await page.getByRole('combobox', { name: 'Connect to' }).fill('Hiroshima AI');
    await page
      .getByRole('option', { name: /Hiroshima AI Process/ })
      .first()
      .click();
    const steps = page.getByTestId('path-steps');
    await steps.waitFor();
    const stepsText = await steps.textContent();
    expect(stepsText).toMatch(/^Henna Virkkunen/);
    expect(stepsText).toMatch(/Hiroshima AI Process$/);
    await pictureSettledWith(['hiroshima-ai-process']);
    const onPath = await page.evaluate(() => (globalThis as any).explorerGraph.$('node.on-path').map((node: any) => node.id()) as string[]);
    expect(onPath).toEqual(expect.arrayContaining(['henna-virkkunen', 'hiroshima-ai-process']));
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });

    // A quote's source opens with the quoted sentence marked.
    await card.getByRole('link', { name: 'EU and Japan hold third Digital Partnership Council in Tokyo' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Source document' });
    await expect(dialog.locator('mark').textContent()).resolves.toBe('The council was co-chaired by Hena Wilkunen');
    await expect(dialog.getByRole('link', { name: 'Review' }).getAttribute('href')).resolves.toMatch(/^\/explore\?review=./);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-document.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

/** Clicks a link that downloads, and returns what was saved. */
async function downloadFrom(link: ReturnType<Page['getByRole']>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const saved = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(saved, 'utf8') };
}

describe("the explorer's exports in a real browser", () => {
  it('downloads the dossier of the selected entity, every fact of hers with its footnoted quote, and her neighbourhood as GEXF', async () => {
    const facts = await server.db.read<{ id: string; other: string; quotes: string[] }>({
      name: 'test:hennaFactsForExplorer',
      cypher: `
        MATCH (:Entity {id: 'henna-virkkunen'})-[r]-(other:Entity) WHERE r.id IS NOT NULL AND r.retractedAt IS NULL
        RETURN r.id AS id, other.name AS other, COLLECT { MATCH (ev:Evidence {factId: r.id}) RETURN ev.quote } AS quotes`,
    });
    expect(facts.length).toBeGreaterThanOrEqual(3);
    await page.goto(`${server.url}/explore#entity=henna-virkkunen`);
    // The last test left the page at /explore: a new hash alone would not load it afresh.
    await page.reload();
    await page.getByTestId('entity-card').getByRole('heading', { name: 'Henna Virkkunen' }).waitFor();
    const exports = page.getByRole('region', { name: 'Take it away' });
    await exports.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-exports.png') });

    const dossier = await downloadFrom(exports.getByRole('link', { name: 'Dossier of Henna Virkkunen' }));
    expect(dossier.name).toBe('henna-virkkunen.md');
    expect(dossier.text).toMatch(/^# Henna Virkkunen\n/);
    const lines = dossier.text.split('\n');
    const notes = new Map(
      lines.flatMap((line) => {
        const note = /^\[\^(\d+)\]: (.*)$/.exec(line);
        return note ? [[note[1]!, note[2]!]] : [];
      }),
    );
    // Her own facts: a line each naming the other end, a footnote per quote, each quote in its note.
    const factsAt = lines.indexOf(`## Facts (${facts.length})`);
    expect(factsAt).toBeGreaterThan(0);
    const herLines = lines.slice(
      factsAt + 1,
      lines.findIndex((line, index) => index > factsAt && line.startsWith('## ')),
    );
    expect(herLines.filter((line) => line.startsWith('- '))).toHaveLength(facts.length);
    for (const fact of facts)
      expect({ fact: fact.id, named: herLines.some((line) => line.includes(fact.other)) }).toEqual({ fact: fact.id, named: true });
    const herNotes = herLines.flatMap((line) => [...line.matchAll(/\[\^(\d+)\]/g)].map((match) => notes.get(match[1]!) ?? ''));
    const quotes = facts.flatMap((fact) => fact.quotes.map((quote) => quote.replace(/\s+/g, ' ').trim()));
    expect(herNotes).toHaveLength(quotes.length);
    for (const quote of quotes)
      expect({ quote, noted: herNotes.some((note) => note.includes(`“${quote}”`)) }).toEqual({ quote, noted: true });
    expect(dossier.text).toContain(
      '“The council was co-chaired by Hena Wilkunen” — *EU and Japan hold third Digital Partnership Council in Tokyo*',
    );

    const gexf = await downloadFrom(exports.getByRole('list', { name: 'Exports of Henna Virkkunen' }).getByRole('link', { name: 'GEXF' }));
    expect(gexf.name).toBe('graph.gexf');
    const graph = parseGexf(Graph, gexf.text);
    // Exactly her and the entities one live fact away, as the explorer's picture of her shows.
    expect(graph.nodes().sort()).toEqual(['henna-virkkunen', ...(await neighbourIds('henna-virkkunen'))].sort());
  });
});

async function neighbourIds(id: string): Promise<string[]> {
  const rows = await server.db.read<{ id: string }>(
    {
      name: 'test:explorerNeighbourIds',
      cypher: `MATCH (:Entity {id: $id})-[r]-(other:Entity) WHERE r.id IS NOT NULL AND r.retractedAt IS NULL RETURN DISTINCT other.id AS id`,
    },
    { id },
  );
  return rows.map((row) => row.id);
}

const REVIEWED = 'br-review-councils';
const REVIEWED_TEXT =
  'The EU, Japan and Korea prepare for the Digital Partnership Council. ' +
  'Henna Virkkunen co-chaired the third EU-Japan Digital Partnership Council in Tokyo. ' +
  'Dr. Wilhelmina Okonkwo-Brandt signed the memorandum for the Commission.';

/** One GraphQL request to the server under test, as another client would send it. */
async function api<T>(query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

describe("an ingested document's review in a real browser", () => {
  beforeAll(async () => {
    await removeTestData(server.db, 'br-review-', ['wilhelmina-okonkwo-brandt']);
    await api(
      'mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }',
      { input: { id: REVIEWED, title: 'Councils in review', publishedAt: '2024-04-13', text: REVIEWED_TEXT } },
      ALICE,
    );
  });
  afterAll(async () => {
    if (server) await removeTestData(server.db, 'br-review-', ['wilhelmina-okonkwo-brandt']);
  });

  it('marks linked, ambiguous and new names in the text, lists proposals by sentence, and rejects one with the pasted editor token', async () => {
    await page.goto(`${server.url}/explore?review=${REVIEWED}`);
    const text = page.getByTestId('review-text');
    await text.locator('mark[data-kind="linked"]', { hasText: 'Henna Virkkunen' }).waitFor();
    await text.locator('mark[data-kind="ambiguous"]', { hasText: 'Digital Partnership Council' }).first().waitFor();
    await text.locator('mark[data-kind="new"]', { hasText: 'Okonkwo-Brandt' }).waitFor();
    // Beside the text: the ambiguous mention with the councils it may be, each with a Link button.
    const names = page.getByTestId('review-names');
    await names.getByText('ambiguous').first().waitFor();
    expect(await names.getByRole('button', { name: 'Link' }).count()).toBeGreaterThan(1);

    const proposals = page.getByTestId('proposal');
    const coChaired = proposals.filter({ hasText: 'co-chaired' }).first();
    await coChaired.waitFor();
    await expect(coChaired.textContent()).resolves.toContain('Henna Virkkunen');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-review.png') });

    // Without a token the server refuses and the page says so; with one the rejection is saved.
    await coChaired.getByRole('textbox', { name: 'Reason to reject' }).fill('checking the reviewer');
    await coChaired.getByRole('button', { name: 'Reject' }).click();
    await page.getByText(/^Not saved:/).waitFor();
    // Chromium logs the refused request (401) as a console error: that one is expected here.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((message) => !message.includes('status of 401')));
    await page.getByLabel('Editor token').fill(TEST_EDITORS[0]!.token);
    await page.getByRole('button', { name: 'Use' }).click();
    await expect(page.evaluate(() => Object.values((globalThis as any).sessionStorage as Record<string, string>))).resolves.toContain(
      TEST_EDITORS[0]!.token,
    );
    await coChaired.getByRole('textbox', { name: 'Reason to reject' }).fill('not what the sentence says');
    await coChaired.getByRole('button', { name: 'Reject' }).click();
    await page.locator('[data-testid="proposal"][data-state="REJECTED"]').waitFor();

    const { proposals: rejected } = await api<{
      proposals: { edges: Array<{ node: { type: string; from: { id: string }; judgement: { editor: string; reason: string } } }> };
    }>(
      `query Rejected($id: ID!) { proposals(documentId: $id, state: REJECTED) { edges { node { type from { id } judgement { editor reason } } } } }`,
      { id: REVIEWED },
    );
    expect(rejected.edges.map((edge) => edge.node)).toEqual([
      {
        type: 'CO_CHAIRED',
        from: { id: 'henna-virkkunen' },
        judgement: { editor: TEST_EDITORS[0]!.name, reason: 'not what the sentence says' },
      },
    ]);
  });
  it('accepts a new name and undoes it, confirms a link and undoes it, and marks a name unsure, showing who and when; the graph follows', async () => {
    const graph = async () => {
      const [row] = await server.db.read<{ entity: number; mention: number; confirmedBy: string | null; unsure: string | null }>(
        {
          name: 'test:browserReviewGraph',
          cypher: `
            CALL () { OPTIONAL MATCH (e:Entity {id: 'wilhelmina-okonkwo-brandt'}) RETURN count(e) AS entity }
            CALL () { OPTIONAL MATCH (:Document {id: $id})-[m:MENTIONS]->(:Entity {id: 'wilhelmina-okonkwo-brandt'}) RETURN count(m) AS mention }
            CALL () { MATCH (:Document {id: $id})-[m:MENTIONS]->(:Entity {id: 'henna-virkkunen'}) RETURN m.confirmedBy AS confirmedBy LIMIT 1 }
            CALL () { OPTIONAL MATCH (c:NameCandidate {documentId: $id, kind: 'AMBIGUOUS'}) RETURN max(c.unsureBy) AS unsure }
            RETURN entity, mention, confirmedBy, unsure`,
        },
        { id: REVIEWED },
      );
      return row;
    };
    await page.goto(`${server.url}/explore?review=${REVIEWED}`);
    await page.getByLabel('Editor token').fill(TEST_EDITORS[0]!.token);
    await page.getByRole('button', { name: /^(Use|Change)$/ }).click();
    await page.getByText('kept for this tab').waitFor();
    const editor = TEST_EDITORS[0]!.name;

    // Accept the new name: a new entity with its mention; Reopen takes both back.
    const newName = page.getByTestId('name-review').filter({ hasText: 'Okonkwo-Brandt' });
    await newName.getByRole('button', { name: 'Accept as new entity' }).click();
    await page.locator('[data-testid="name-review"][data-state="ACCEPTED"]', { hasText: 'Okonkwo-Brandt' }).waitFor();
    await expect(newName.getByTestId('judged-by').textContent()).resolves.toMatch(
      new RegExp(`^accepted by ${editor} · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`),
    );
    expect(await graph()).toMatchObject({ entity: 1, mention: 1 });
    await newName.getByRole('button', { name: 'Reopen (undo)' }).click();
    await page.locator('[data-testid="name-review"][data-state="OPEN"]', { hasText: 'Okonkwo-Brandt' }).waitFor();
    expect(await graph()).toMatchObject({ entity: 0, mention: 0 });

    // Confirm a link, then undo it.
    const link = page.getByTestId('mention-review').filter({ hasText: 'Henna Virkkunen' }).first();
    await link.getByRole('button', { name: 'Confirm' }).click();
    await page.locator('[data-testid="mention-review"][data-state="CONFIRMED"]', { hasText: 'Henna Virkkunen' }).waitFor();
    await expect(link.getByTestId('judged-by').textContent()).resolves.toContain(`confirmed by ${editor}`);
    expect((await graph())?.confirmedBy).toBe(editor);
    await link.getByRole('button', { name: 'Undo' }).click();
    await page.locator('[data-testid="mention-review"][data-state="LINKED"]', { hasText: 'Henna Virkkunen' }).waitFor();
    expect((await graph())?.confirmedBy).toBeNull();

    // Unsure about the ambiguous council: still open, flagged with who.
    const council = page.locator('[data-testid="name-review"].name-ambiguous').first();
    await council.getByRole('textbox', { name: 'Why unsure' }).fill('which council?');
    await council.getByRole('button', { name: 'Unsure' }).click();
    await page.locator('[data-testid="name-review"][data-unsure="true"][data-state="OPEN"]').waitFor();
    await expect(council.getByTestId('unsure-by').textContent()).resolves.toContain(`unsure: ${editor}`);
    expect((await graph())?.unsure).toBe(editor);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-review-judgements.png') });
  });
});

/**
 * Waits until GraphiQL's operation editor shows this operation, i.e. the tab's document is in
 * the editor Execute reads (Monaco draws spaces as no-break spaces, so match the name alone).
 */
async function editorHolds(operationName: string): Promise<void> {
  await page.locator('.graphiql-query-editor .view-lines').filter({ hasText: operationName }).waitFor();
}

const exampleTab = (operationName: string) => page.getByRole('tab', { name: new RegExp(operationName) });
const executeButton = () => page.getByRole('button', { name: /Execute query/ });
const response = () => page.locator('.graphiql-response');

describe('GraphiQL in a real browser', () => {
  it('opens at /graphql with the example queries as tabs and runs one, offline', async () => {
    await page.goto(`${server.url}/graphql`);
    await exampleTab('HowAreTheyConnected').click();
    await page.getByRole('tab', { name: /HowAreTheyConnected/, selected: true }).waitFor();
    await editorHolds('HowAreTheyConnected');
    await executeButton().click();
    await response().getByText('Henna Virkkunen').first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });
  });

  it("runs the new tab's operation when Execute comes in the same instant as the tab switch", async () => {
    // GraphiQL refreshes the operation name it sends 100 ms after the editor changes; a click on
    // Execute inside that window used to send the previous tab's name and get a 400.
    await page.goto(`${server.url}/graphql`);
    // GraphiQL reopens the tab a visitor left open: switch away from whichever that is.
    const openTab = (await page.getByRole('tab', { selected: true }).textContent()) ?? '';
    const operations = parse(fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'queries.graphql'), 'utf8')).definitions.flatMap(
      (definition) => (definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : []),
    );
    const from = operations.find((name) => openTab.includes(name));
    expect(from).toBeDefined();
    const [to, answerField] =
      from === 'HowAreTheyConnected' ? ['WhoCoChairedTheThirdCouncil', 'relations'] : ['HowAreTheyConnected', 'paths'];
    await editorHolds(from!);
    const tab = await exampleTab(to).elementHandle();
    const execute = await executeButton().elementHandle();
    await page.evaluate(
      ([tabElement, executeElement]) => {
        ((tabElement as any).querySelector('button') ?? tabElement).click();
        (executeElement as any).click();
      },
      [tab, execute] as const,
    );
    await response().locator('.view-lines').filter({ hasText: answerField }).waitFor();
    await response().getByText('Henna Virkkunen').first().waitFor();
  });
});

describe('the Ask box', () => {
  it('answers a plain-words question from the graph: footnotes open the quote and its document, the facts are drawn, the GraphQL returns them', async () => {
    await page.goto(`${server.url}/explore`);
    const ask = page.getByRole('region', { name: 'Ask' });
    await ask.getByLabel('Ask in plain words').fill('Who co-chaired the third EU-Japan Digital Partnership Council?');
    await ask.getByRole('button', { name: 'Ask', exact: true }).click();
    await ask
      .getByTestId('answer-text')
      .getByText(/Henna Virkkunen co-chaired Third EU-Japan Digital Partnership Council/)
      .waitFor();

    // The mark after her clause opens the quote behind it, and the quote its document at that sentence.
    const answerText = (await ask.getByTestId('answer-text').textContent())!;
    const mark = /Henna Virkkunen co-chaired Third EU-Japan Digital Partnership Council(\d+)/.exec(answerText)![1];
    await ask.getByRole('button', { name: `Footnote ${mark}`, exact: true }).click();
    const note = ask.getByRole('note', { name: `Footnote ${mark}` });
    const quote = (await note.locator('blockquote').textContent())!.replace(/^“|”$/g, '');
    expect(quote).toMatch(/co-chaired by Hena Wilkunen/);
    await note.getByRole('link', { name: 'EU and Japan hold third Digital Partnership Council in Tokyo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Source document' });
    await expect(dialog.locator('mark').textContent()).resolves.toBe(quote);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The answer's facts are the picture.
    await pictureSettledWith(['henna-virkkunen', 'eu-japan-dpc-3']);
    const edges = await page.evaluate(() => (globalThis as any).explorerGraph.edges().map((edge: any) => edge.id()) as string[]);
    expect(edges).toContain('henna-virkkunen.CO_CHAIRED.eu-japan-dpc-3');

    // One click shows the equivalent GraphQL, which returns the same facts from the API.
    await ask.getByRole('button', { name: 'GraphQL', exact: true }).click();
    const graphql = (await ask.getByTestId('answer-graphql').textContent())!;
    expect(graphql).toContain('henna-virkkunen.CO_CHAIRED.eu-japan-dpc-3');
    const { facts } = await api<{ facts: Array<{ id: string }> }>(graphql);
    expect(facts.map((fact) => fact.id).sort()).toEqual([...edges].sort());
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-ask.png') });

    // ... and opens in GraphiQL with that operation in its editor.
    const [graphiql] = await Promise.all([
      page.context().waitForEvent('page'),
      ask.getByRole('link', { name: 'open it in GraphiQL' }).click(),
    ]);
    await graphiql.waitForLoadState();
    await graphiql.waitForFunction(
      () =>
        (globalThis as any).document
          .querySelector('.graphiql-query-editor')
          ?.textContent?.includes('henna-virkkunen.CO_CHAIRED.eu-japan-dpc-3') === true,
      undefined,
      { timeout: 30_000 },
    );
    await graphiql.close();
  });
});
