/**
 * The graph for Gephi, Cytoscape, yEd and the like: entities as nodes, live facts as directed
 * edges (keyed by fact id, so two facts between the same pair stay two edges), each with its
 * type, status, date and number of sources.
 *
 * Both files want every node before the first edge (GEXF by its schema; a GraphML reader may
 * resolve an edge's ends as it meets it), and both are written here as text, in two passes over
 * the graph: the nodes as the pages come, then the edges from a second read of the same pages.
 * Memory holds one page, however large the graph. (graphology-gexf's writer renders a whole
 * graphology graph at once, hundreds of MB on the 100k graph; graphology-graphml 0.5 only
 * parses. The tests read both files back with graphology's parsers.) The GEXF is what
 * graphology-gexf wrote before: version 1.3, the same attributes and ids, empty values left out.
 */
import type { ExportEntity, ExportFact } from '../../store/exportGraph';
import type { ReadPages } from './readExport';

const edgeAttributes = (fact: ExportFact) => ({
  type: fact.type,
  status: fact.status,
  date: fact.date ?? '',
  role: fact.role ?? '',
  sources: new Set(fact.evidence.map((ev) => ev.documentId)).size,
});

// Characters XML 1.0 cannot hold at all are dropped; line breaks and tabs in attribute values are
// written as references, which a parser keeps (a raw one would be read back as a space).
// eslint-disable-next-line no-control-regex -- matching them is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xml = (text: string) =>
  text
    .replace(NOT_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');

interface GraphFile {
  head: string;
  node(entity: ExportEntity): string;
  between: string;
  edge(fact: ExportFact): string;
  tail: string;
}

async function* nodesThenEdges(read: ReadPages, file: GraphFile): AsyncGenerator<string> {
  yield file.head;
  for await (const page of read({ lookups: false })) {
    const chunk = page.entities.map(file.node).join('');
    if (chunk) yield chunk;
  }
  yield file.between;
  for await (const page of read({ lookups: false })) {
    const chunk = page.entities.flatMap((entity) => entity.facts.map(file.edge)).join('');
    if (chunk) yield chunk;
  }
  yield file.tail;
}

const attvalue = (key: string, value: string | number) =>
  value === '' ? '' : `\n          <attvalue for="${key}" value="${xml(String(value))}"/>`;

const GEXF: GraphFile = {
  head: `<?xml version="1.0" encoding="UTF-8"?>
<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
  <meta/>
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="type" title="type" type="string"/>
      <attribute id="description" title="description" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="type" title="type" type="string"/>
      <attribute id="status" title="status" type="string"/>
      <attribute id="sources" title="sources" type="integer"/>
      <attribute id="date" title="date" type="string"/>
      <attribute id="role" title="role" type="string"/>
    </attributes>
    <nodes>
`,
  node: (entity) =>
    `      <node id="${xml(entity.id)}" label="${xml(entity.name)}">\n        <attvalues>${attvalue('type', entity.type)}${attvalue(
      'description',
      entity.description ?? '',
    )}\n        </attvalues>\n      </node>\n`,
  between: '    </nodes>\n    <edges>\n',
  edge: (fact) => {
    const a = edgeAttributes(fact);
    return (
      `      <edge id="${xml(fact.id)}" source="${xml(fact.fromId)}" target="${xml(fact.toId)}" label="${xml(fact.type)}">\n        <attvalues>` +
      `${attvalue('type', a.type)}${attvalue('status', a.status)}${attvalue('sources', a.sources)}${attvalue('date', a.date)}${attvalue('role', a.role)}` +
      `\n        </attvalues>\n      </edge>\n`
    );
  },
  tail: '    </edges>\n  </graph>\n</gexf>\n',
};

const data = (key: string, value: string | number) => (value === '' ? '' : `<data key="${key}">${xml(String(value))}</data>`);

const GRAPHML: GraphFile = {
  head: `<?xml version="1.0" encoding="UTF-8"?>
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
`,
  node: (entity) =>
    `    <node id="${xml(entity.id)}">${data('label', entity.name)}${data('type', entity.type)}${data('description', entity.description ?? '')}</node>\n`,
  between: '',
  edge: (fact) => {
    const a = edgeAttributes(fact);
    return (
      `    <edge id="${xml(fact.id)}" source="${xml(fact.fromId)}" target="${xml(fact.toId)}">` +
      `${data('relation', a.type)}${data('status', a.status)}${data('date', a.date)}${data('role', a.role)}${data('sources', a.sources)}</edge>\n`
    );
  },
  tail: '  </graph>\n</graphml>\n',
};

export const writeGexf = (read: ReadPages) => nodesThenEdges(read, GEXF);
export const writeGraphml = (read: ReadPages) => nodesThenEdges(read, GRAPHML);
