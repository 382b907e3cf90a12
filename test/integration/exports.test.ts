/**
 * The exports of the seed graph (plus whatever earlier suites left), read back by a parser of
 * each format, hold what the graph holds: as many entities, live facts, pieces of evidence and
 * cited documents as Cypher counts. The dossier of Henna Virkkunen lists each of her facts with a
 * footnote per quote.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import jsonld from 'jsonld';
import { Database } from '../../src/db/database';
import { EXPORT_FORMATS, startExport } from '../../src/services/exports/exportFormats';
import type { ExportProgress } from '../../src/services/exports/readExport';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';
import { CAROL_READER } from '../support/testServer';

jest.setTimeout(120_000);
let server: HttpTestServer;
let closed: HttpTestServer;

interface Counts {
  entities: number;
  facts: number;
  evidence: number;
  documents: number;
}
let counts: Counts;

const LIVE = 'r.id IS NOT NULL AND r.retractedAt IS NULL';

beforeAll(async () => {
  server = await startHttpTestServer();
  closed = await startHttpTestServer({ readsRequireToken: true });
  const [row] = await server.db.read<Counts & Record<string, number>>({
    name: 'test:exportCounts',
    cypher: `
      CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
      CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE ${LIVE} RETURN count(r) AS facts }
      CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE ${LIVE} MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
                RETURN count(ev) AS evidence, count(DISTINCT d) AS documents }
      RETURN entities, facts, evidence, documents`,
  });
  counts = row!;
  expect(counts.facts).toBeGreaterThan(50);
});
afterAll(async () => {
  await server.close();
  await closed.close();
});

async function get(path: string, target = server, authorization?: string) {
  const response = await fetch(`${target.url}${path}`, { headers: authorization ? { authorization } : {} });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('exports of the whole graph, read back', () => {
  it('facts.csv: one row per quote, every live fact, each row with its sentence and document', async () => {
    const answer = await get('/export/facts.csv');
    expect(answer).toMatchObject({ status: 200, type: expect.stringContaining('text/csv') });
    const rows = parseCsv(answer.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBe(counts.evidence);
    expect(new Set(rows.map((row) => row.fact_id)).size).toBe(counts.facts);
    expect(new Set(rows.map((row) => row.document_id)).size).toBe(counts.documents);
    expect(rows.filter((row) => !row.quote || !row.document_title || !row.from_name || !row.to_name)).toEqual([]);
  });

  it('graph.gexf and graph.graphml: graphology reads as many nodes and edges as the graph has entities and facts', async () => {
    for (const [path, parse] of [
      ['/export/graph.gexf', parseGexf],
      ['/export/graph.graphml', parseGraphml],
    ] as const) {
      const answer = await get(path);
      expect({ path, status: answer.status }).toEqual({ path, status: 200 });
      const graph = parse(Graph, answer.text);
      expect({ path, nodes: graph.order, edges: graph.size }).toEqual({ path, nodes: counts.entities, edges: counts.facts });
      expect(graph.getNodeAttribute('henna-virkkunen', 'label')).toBe('Henna Virkkunen');
    }
  });

  it('graph.gexf and graph.graphml carry the same attributes on every node and edge (numbers as numbers)', async () => {
    const gexf = parseGexf(Graph, (await get('/export/graph.gexf')).text);
    const graphml = parseGraphml(Graph, (await get('/export/graph.graphml')).text);
    const nodes = (graph: Graph) => graph.mapNodes((id, { label, type, description }) => ({ id, label, type, description }));
    expect(nodes(gexf)).toEqual(nodes(graphml));
    const edges = (graph: Graph) =>
      graph.mapEdges((id, { type, status, sources, date, role }, source, target) => ({
        id,
        source,
        target,
        type,
        status,
        sources,
        date,
        role,
      }));
    expect(edges(gexf)).toEqual(edges(graphml));
    expect(gexf.mapEdges((_id, { sources }) => typeof sources === 'number' && sources > 0).every(Boolean)).toBe(true);
  });

  it('ftm.jsonl: an FtM entity per entity, document and fact, and a statement with its quote per piece of evidence', async () => {
    const answer = await get('/export/ftm.jsonl');
    expect(answer.status).toBe(200);
    const lines = answer.text
      .trim()
      .split('\n')
      .map(
        (line) => JSON.parse(line) as { type?: string; id: string; schema: string; quote?: string; properties?: Record<string, string[]> },
      );
    const statements = lines.filter((line) => line.type === 'statement');
    const entities = lines.filter((line) => line.type === undefined);
    // Sources are Documents with ids "doc-<id>" (a law is a Document too, under its own id).
    const sources = entities.filter((line) => line.schema === 'Document' && line.id.startsWith('doc-')).length;
    const links = entities.filter((line) => line.schema === 'UnknownLink').length;
    expect({
      entities: entities.length - sources - links,
      facts: links,
      documents: sources,
      evidence: statements.length,
    }).toEqual({ entities: counts.entities, facts: counts.facts, documents: counts.documents, evidence: counts.evidence });
    expect(statements.every((statement) => typeof statement.quote === 'string' && statement.quote.length > 0)).toBe(true);
    expect(entities.every((entity) => Object.values(entity.properties ?? {}).every(Array.isArray))).toBe(true);
  });

  it('graph.jsonld: a JSON-LD processor finds every fact, with PROV-O evidence quoted from its document', async () => {
    const answer = await get('/export/graph.jsonld');
    expect(answer).toMatchObject({ status: 200, type: expect.stringContaining('application/ld+json') });
    const expanded = (await jsonld.expand(JSON.parse(answer.text))) as Array<Record<string, any>>;
    const typed = (type: string) => expanded.filter((node) => (node['@type'] ?? []).includes(type));
    const PROV = 'http://www.w3.org/ns/prov#';
    const facts = typed('urn:partnership-graph:vocab#Fact');
    const entities = expanded.filter((node) =>
      (node['@type'] ?? []).some((type: string) => /vocab#[A-Z_]+$/.test(type) && !type.endsWith('#Fact')),
    );
    expect({
      entities: entities.length,
      facts: facts.length,
      evidence: typed(`${PROV}Entity`).length - typed('https://schema.org/CreativeWork').length,
      documents: typed('https://schema.org/CreativeWork').length,
    }).toEqual({ entities: counts.entities, facts: counts.facts, evidence: counts.evidence, documents: counts.documents });
    expect(facts.every((fact) => (fact[`${PROV}wasDerivedFrom`] ?? []).length > 0)).toBe(true);
    const quotes = typed(`${PROV}Entity`).filter((node) => node[`${PROV}wasQuotedFrom`]);
    expect(quotes.length).toBe(counts.evidence);
  });
});

describe('large exports stream', () => {
  // A page of one entity: every chunk can be matched to the pages read before it.
  it.each(['graph.gexf', 'graph.graphml'])(
    '%s writes each page of nodes as it is read, then the edges from a second pass, and reads back whole',
    async (name) => {
      const progress: ExportProgress[] = [];
      const chunks = await startExport(server.db, EXPORT_FORMATS[name]!, {}, (step) => progress.push({ ...step }), 1);
      const written: Array<{ nodes: number; edges: number; pass: number; read: number }> = [];
      let text = '';
      for await (const chunk of chunks) {
        text += chunk;
        const last = progress.at(-1);
        written.push({
          nodes: chunk.split('<node ').length - 1,
          edges: chunk.split('<edge ').length - 1,
          pass: last?.pass ?? 0,
          read: last?.entities ?? 0,
        });
      }
      expect(written.every((chunk) => chunk.nodes <= 1)).toBe(true);
      expect(written.find((chunk) => chunk.nodes > 0)).toMatchObject({ pass: 1, read: 1 });
      expect(written.filter((chunk) => chunk.edges > 0).every((chunk) => chunk.pass === 2 && chunk.nodes === 0)).toBe(true);
      expect(progress.at(-1)).toEqual({ pass: 2, passes: 2, entities: counts.entities, total: counts.entities });
      const graph = (name === 'graph.gexf' ? parseGexf : parseGraphml)(Graph, text);
      expect({ nodes: graph.order, edges: graph.size }).toEqual({ nodes: counts.entities, edges: counts.facts });
    },
  );

  it('the HTTP route sends the first nodes while the export is still reading the graph', async () => {
    // The export's second page read (the first pass's next page, or the edge pass) waits until
    // the client holds a node: a route that gathered the file first would never send one. Every
    // request's connection is a Database of its own (with its stats), so the gate is on the class.
    const read = Database.prototype.read;
    let pageReads = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    Database.prototype.read = async function gatedRead(this: Database, query, params) {
      if (query.name === 'findExportPage' && ++pageReads === 2) await held;
      return read.call(this, query, params);
    } as typeof read;
    const gated = await startHttpTestServer();
    try {
      const response = await fetch(`${gated.url}/export/graph.graphml`);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      while (!text.includes('<node ')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      expect({ node: text.includes('<node '), pageReads }).toEqual({ node: true, pageReads: 2 });
      release();
      for (let next = await reader.read(); !next.done; next = await reader.read()) text += decoder.decode(next.value, { stream: true });
      const graph = parseGraphml(Graph, text);
      expect({ nodes: graph.order, edges: graph.size }).toEqual({ nodes: counts.entities, edges: counts.facts });
    } finally {
      release();
      Database.prototype.read = read;
      await gated.close();
    }
  });

  it('facts.csv written a page at a time still names the document of every quote, cited on an earlier page or not', async () => {
    const chunks = await startExport(server.db, EXPORT_FORMATS['facts.csv']!, {}, undefined, 1);
    let text = '';
    for await (const chunk of chunks) text += chunk;
    const rows = parseCsv(text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBe(counts.evidence);
    expect(rows.filter((row) => !row.document_title)).toEqual([]);
  });
});

describe('the dossier', () => {
  it('of Henna Virkkunen lists every fact of hers, each with a footnote per quote: sentence, title, date', async () => {
    const facts = await server.db.read<{ id: string; quotes: string[] }>({
      name: 'test:hennaFacts',
      cypher: `
        MATCH (:Entity {id: 'henna-virkkunen'})-[r]-(:Entity) WHERE ${LIVE}
        RETURN r.id AS id, COLLECT { MATCH (ev:Evidence {factId: r.id}) RETURN ev.quote } AS quotes`,
    });
    expect(facts.length).toBeGreaterThanOrEqual(3);
    const answer = await get('/export/dossier/henna-virkkunen.md');
    expect(answer).toMatchObject({ status: 200, type: expect.stringContaining('text/markdown') });
    const lines = answer.text.split('\n');
    const factLines = lines.filter((line) => line.startsWith('- '));
    const notes = new Map(
      lines.flatMap((line) => {
        const match = /^\[\^(\d+)\]: (.*)$/.exec(line);
        return match ? [[match[1]!, match[2]!]] : [];
      }),
    );
    expect(answer.text).toMatch(/^# Henna Virkkunen\n/);
    expect(factLines.length).toBe(facts.length);
    expect(notes.size).toBe(facts.reduce((sum, fact) => sum + fact.quotes.length, 0));
    for (const line of factLines) {
      const refs = [...line.matchAll(/\[\^(\d+)\]/g)].map((match) => match[1]!);
      expect({ line, refs: refs.length > 0 }).toEqual({ line, refs: true });
      for (const ref of refs)
        expect(notes.get(ref)).toMatch(/^“.+” — \*EU and Japan hold third Digital Partnership Council in Tokyo\*, 2025\./);
    }
    const allQuotes = facts.flatMap((fact) => fact.quotes).sort();
    const noted = [...notes.values()].map((note) => /^“(.+)” — /.exec(note)![1]!).sort();
    expect(noted).toEqual(allQuotes.map((quote) => quote.replace(/\s+/g, ' ').trim()));
  });

  it('answers 404 NOT_FOUND for an unknown entity and 400 for a depth out of range', async () => {
    expect(await get('/export/dossier/no-such-entity.md')).toMatchObject({ status: 404, text: expect.stringContaining('NOT_FOUND') });
    expect(await get('/export/graph.graphml?entity=henna-virkkunen&depth=9')).toMatchObject({
      status: 400,
      text: expect.stringContaining('BAD_USER_INPUT'),
    });
    expect(await get('/export/graph.xlsx')).toMatchObject({ status: 404 });
  });
});

describe('narrowed exports and tokens', () => {
  it('?entity=&depth= keeps the entity, what lies within depth facts of it, and the facts among them', async () => {
    const [row] = await server.db.read<{ ids: string[] }>({
      name: 'test:hennaRing',
      cypher: `MATCH (h:Entity {id: 'henna-virkkunen'})
        RETURN [h.id] + COLLECT { MATCH (h)-[r]-(n:Entity) WHERE ${LIVE} RETURN DISTINCT n.id } AS ids`,
    });
    const graph = parseGraphml(Graph, (await get('/export/graph.graphml?entity=henna-virkkunen&depth=1')).text);
    expect(graph.nodes().sort()).toEqual([...row!.ids].sort());
    const deeper = parseGraphml(Graph, (await get('/export/graph.graphml?entity=henna-virkkunen&depth=2')).text);
    expect(deeper.order).toBeGreaterThan(graph.order);
    expect(deeper.size).toBeGreaterThan(graph.size);
  });

  it('follows READS_REQUIRE_TOKEN as queries do: none is 401, an unknown one 403, a reader token reads', async () => {
    expect(await get('/export/facts.csv', closed)).toMatchObject({ status: 401, text: expect.stringContaining('UNAUTHENTICATED') });
    expect(await get('/export/facts.csv', closed, 'Bearer not-a-known-token-00000000')).toMatchObject({ status: 403 });
    expect(await get('/export/facts.csv', closed, CAROL_READER)).toMatchObject({ status: 200 });
  });
});
