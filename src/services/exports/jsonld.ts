/**
 * graph.jsonld: the graph as JSON-LD with W3C PROV-O provenance, for RDF tools. Entities are
 * nodes (`pg:<type>`, schema.org name and alternate names); each live fact is a node of its own
 * (`pg:Fact`: subject, relation, object, status, date), because RDF cannot hang a source on a
 * single triple; each piece of evidence is a `prov:Entity` that the fact `prov:wasDerivedFrom`,
 * with its quote, which `prov:wasQuotedFrom` its document (a `schema:CreativeWork`, with title,
 * publisher, date and URL). The context is inline (a processor fetches nothing), and the file
 * is written as it is read: `@graph` items one page at a time.
 */
import type { ReadPages } from './readExport';

const BASE = 'urn:partnership-graph:';

export const JSONLD_CONTEXT = {
  '@base': BASE,
  pg: `${BASE}vocab#`,
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  name: 'schema:name',
  alternateName: 'schema:alternateName',
  description: 'schema:description',
  title: 'schema:headline',
  publisher: 'schema:publisher',
  author: 'schema:author',
  datePublished: 'schema:datePublished',
  url: { '@id': 'schema:url', '@type': '@id' },
  entityType: 'pg:entityType',
  subject: { '@id': 'pg:subject', '@type': '@id' },
  object: { '@id': 'pg:object', '@type': '@id' },
  relation: 'pg:relation',
  status: 'pg:status',
  date: 'pg:date',
  role: 'pg:role',
  quote: 'prov:value',
  start: { '@id': 'pg:start', '@type': 'xsd:integer' },
  end: { '@id': 'pg:end', '@type': 'xsd:integer' },
  wasDerivedFrom: { '@id': 'prov:wasDerivedFrom', '@type': '@id' },
  wasQuotedFrom: { '@id': 'prov:wasQuotedFrom', '@type': '@id' },
};

const entityIri = (id: string) => `entity/${encodeURIComponent(id)}`;
const documentIri = (id: string) => `document/${encodeURIComponent(id)}`;
const factIri = (id: string) => `fact/${encodeURIComponent(id)}`;
const evidenceIri = (id: string) => `evidence/${encodeURIComponent(id)}`;
const compact = (node: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(node).filter(([, value]) => value !== null && value !== undefined && value !== ''));

export async function* writeJsonld(read: ReadPages): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(JSONLD_CONTEXT)},\n"@graph":[\n`;
  let first = true;
  const item = (node: Record<string, unknown>) => {
    const text = `${first ? '' : ',\n'}${JSON.stringify(compact(node))}`;
    first = false;
    return text;
  };
  for await (const page of read()) {
    let chunk = '';
    for (const document of page.documents) {
      chunk += item({
        '@id': documentIri(document.id),
        '@type': ['schema:CreativeWork', 'prov:Entity'],
        title: document.title,
        publisher: document.publisher,
        author: document.author,
        datePublished: document.publishedAt,
        url: document.url,
      });
    }
    for (const entity of page.entities) {
      chunk += item({
        '@id': entityIri(entity.id),
        '@type': `pg:${entity.type}`,
        name: entity.name,
        alternateName: entity.aliases.length > 0 ? entity.aliases : null,
        description: entity.description,
      });
      for (const fact of entity.facts) {
        chunk += item({
          '@id': factIri(fact.id),
          '@type': 'pg:Fact',
          subject: entityIri(fact.fromId),
          relation: fact.type,
          object: entityIri(fact.toId),
          status: fact.status,
          date: fact.date,
          role: fact.role,
          wasDerivedFrom: fact.evidence.map((ev) => evidenceIri(ev.id)),
        });
        for (const ev of fact.evidence) {
          chunk += item({
            '@id': evidenceIri(ev.id),
            '@type': 'prov:Entity',
            quote: ev.quote,
            status: ev.status,
            start: ev.start,
            end: ev.end,
            wasQuotedFrom: documentIri(ev.documentId),
          });
        }
      }
    }
    if (chunk) yield chunk;
  }
  yield '\n]}\n';
}
