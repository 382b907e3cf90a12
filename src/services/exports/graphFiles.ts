/**
 * The graph for Gephi, Cytoscape, yEd and the like: entities as nodes, live facts as directed
 * edges (keyed by fact id, so two facts between the same pair stay two edges), each with its
 * type, status, date and number of sources.
 *
 * GEXF comes from graphology-gexf's writer, which renders a whole graphology graph at once: the
 * graph is built in memory first (ids, names and a few attributes per node and edge; no quotes),
 * then written. GraphML is written here, page by page as the graph is read: graphology-graphml
 * 0.5 only parses (the tests read both back with graphology's parsers).
 */
import Graph from 'graphology';
import { write as writeGexfString } from 'graphology-gexf';
import type { ExportFact } from '../../store/exportGraph';
import type { ExportPage } from './readExport';

const edgeAttributes = (fact: ExportFact) => ({
  label: fact.type,
  type: fact.type,
  status: fact.status,
  date: fact.date ?? '',
  role: fact.role ?? '',
  sources: new Set(fact.evidence.map((ev) => ev.documentId)).size,
});

export async function* writeGexf(pages: AsyncIterable<ExportPage>): AsyncGenerator<string> {
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  const facts: ExportFact[] = [];
  for await (const page of pages) {
    for (const entity of page.entities) {
      graph.mergeNode(entity.id, { label: entity.name, type: entity.type, description: entity.description ?? '' });
      facts.push(...entity.facts);
    }
  }
  for (const fact of facts) graph.addDirectedEdgeWithKey(fact.id, fact.fromId, fact.toId, edgeAttributes(fact));
  yield writeGexfString(graph, { pretty: true, version: '1.3' });
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const data = (key: string, value: string | number) => `<data key="${key}">${xml(String(value))}</data>`;

const GRAPHML_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="description" for="node" attr.name="description" attr.type="string"/>
  <key id="relation" for="edge" attr.name="type" attr.type="string"/>
  <key id="status" for="edge" attr.name="status" attr.type="string"/>
  <key id="date" for="edge" attr.name="date" attr.type="string"/>
  <key id="role" for="edge" attr.name="role" attr.type="string"/>
  <key id="sources" for="edge" attr.name="sources" attr.type="int"/>
  <graph id="partnership-graph" edgedefault="directed">
`;

export async function* writeGraphml(pages: AsyncIterable<ExportPage>): AsyncGenerator<string> {
  yield GRAPHML_HEAD;
  // Edges after every node: a reader may resolve an edge's ends as it meets it.
  const edges: string[] = [];
  for await (const page of pages) {
    let chunk = '';
    for (const entity of page.entities) {
      chunk += `    <node id="${xml(entity.id)}">${data('label', entity.name)}${data('type', entity.type)}${
        entity.description ? data('description', entity.description) : ''
      }</node>\n`;
      for (const fact of entity.facts) {
        const a = edgeAttributes(fact);
        edges.push(
          `    <edge id="${xml(fact.id)}" source="${xml(fact.fromId)}" target="${xml(fact.toId)}">` +
            `${data('relation', a.type)}${data('status', a.status)}${a.date ? data('date', a.date) : ''}${a.role ? data('role', a.role) : ''}${data('sources', a.sources)}</edge>\n`,
        );
      }
    }
    yield chunk;
  }
  for (let i = 0; i < edges.length; i += 500) yield edges.slice(i, i + 500).join('');
  yield '  </graph>\n</graphml>\n';
}
