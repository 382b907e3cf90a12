/**
 * dossier/<entity>.md: one entity (and, with a depth above 1, the facts around it) as Markdown
 * an analyst can paste into a report: its names and description, then every live fact in words,
 * each with one footnote per quote giving the sentence and its source (title, publisher, date,
 * URL). A dossier is one entity's neighbourhood, so it is built whole before it is written.
 */
import type { ExportDocument, ExportEntity, ExportFact } from '../../store/exportGraph';
import type { ReadPages } from './readExport';

const phrase = (type: string) => type.toLowerCase().replace(/_/g, ' ');
const markdown = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function footnote(quote: string, document: ExportDocument | undefined): string {
  if (!document) return `“${markdown(oneLine(quote))}”`;
  const source = [`*${markdown(document.title)}*`, document.publisher && markdown(document.publisher), document.publishedAt]
    .filter(Boolean)
    .join(', ');
  return `“${markdown(oneLine(quote))}” — ${source}.${document.url ? ` <${document.url}>` : ''}`;
}

export async function* writeDossier(read: ReadPages, entityId: string): AsyncGenerator<string> {
  const entities = new Map<string, ExportEntity>();
  const names = new Map<string, string>();
  const documents = new Map<string, ExportDocument>();
  for await (const page of read()) {
    page.entities.forEach((entity) => entities.set(entity.id, entity));
    page.names.forEach((name, id) => names.set(id, name));
    page.documents.forEach((document) => documents.set(document.id, document));
  }
  const center = entities.get(entityId);
  if (!center) return;
  const facts = [...entities.values()].flatMap((entity) => entity.facts);
  const own = facts.filter((fact) => fact.fromId === entityId || fact.toId === entityId);
  const around = facts.filter((fact) => fact.fromId !== entityId && fact.toId !== entityId);
  const notes: string[] = [];
  const line = (fact: ExportFact) => {
    const refs = fact.evidence.map((ev) => {
      notes.push(footnote(ev.quote, documents.get(ev.documentId)));
      return `[^${notes.length}]`;
    });
    const qualifiers = [phrase(fact.status), fact.date, fact.role].filter(Boolean).join(', ');
    const from = markdown(names.get(fact.fromId) ?? fact.fromId);
    const to = markdown(names.get(fact.toId) ?? fact.toId);
    return `- ${from} **${phrase(fact.type)}** ${to} (${qualifiers})${refs.join('')}\n`;
  };
  const byOther = (a: ExportFact, b: ExportFact) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id);
  let text = `# ${markdown(center.name)}\n\n*${phrase(center.type)}* · id \`${center.id}\`\n\n`;
  if (center.aliases.length > 0) text += `Also named: ${center.aliases.map(markdown).join('; ')}\n\n`;
  if (center.description) text += `${markdown(oneLine(center.description))}\n\n`;
  text += `## Facts (${own.length})\n\n${own.sort(byOther).map(line).join('')}\n`;
  if (around.length > 0) text += `## Around ${markdown(center.name)} (${around.length})\n\n${around.sort(byOther).map(line).join('')}\n`;
  text += `## Sources\n\n${notes.map((note, index) => `[^${index + 1}]: ${note}\n`).join('')}`;
  yield text;
}
