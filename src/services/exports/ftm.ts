/**
 * ftm.jsonl: FollowTheMoney-style JSON lines, as Aleph and the OpenSanctions tools read them.
 * One line per entity (`{id, schema, properties}`, every property a list of strings), per
 * source document (`Document`) and per fact (an `UnknownLink` from subject to object whose role
 * is the relation type), then one statement line per piece of evidence: which value of which
 * fact, stated by which document in which words (`{type: "statement", ...}`), so the provenance
 * of each fact travels with it. Our entity types map onto the nearest FtM schema (FTM_SCHEMA).
 */
import type { EntityType } from '../../__generated__/graphql';
import type { ReadPages } from './readExport';

export const FTM_SCHEMA: Record<EntityType, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  GROUP: 'Organization',
  BLOC: 'PublicBody',
  COUNTRY: 'PublicBody',
  INITIATIVE: 'Project',
  AGREEMENT: 'Contract',
  // FtM has no schema for a law, a technology or a policy area: the nearest that carry a name.
  LAW: 'Document',
  EVENT: 'Event',
  TECHNOLOGY: 'Note',
  POLICY_AREA: 'Note',
  PLACE: 'Address',
};

const DATASET = 'partnership-graph';
const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const values = (...items: Array<string | null | undefined>) => items.filter((item): item is string => !!item);

export async function* writeFtm(read: ReadPages): AsyncGenerator<string> {
  for await (const page of read()) {
    let chunk = '';
    for (const document of page.documents) {
      chunk += line({
        id: `doc-${document.id}`,
        schema: 'Document',
        datasets: [DATASET],
        properties: {
          title: [document.title],
          publisher: values(document.publisher),
          author: values(document.author),
          publishedAt: values(document.publishedAt),
          sourceUrl: values(document.url),
        },
      });
    }
    for (const entity of page.entities) {
      chunk += line({
        id: entity.id,
        schema: FTM_SCHEMA[entity.type],
        datasets: [DATASET],
        properties: { name: [entity.name], alias: entity.aliases, description: values(entity.description), topics: [entity.type] },
      });
      for (const fact of entity.facts) {
        chunk += line({
          id: fact.id,
          schema: 'UnknownLink',
          datasets: [DATASET],
          properties: {
            subject: [fact.fromId],
            object: [fact.toId],
            role: values(fact.type, fact.role),
            status: [fact.status],
            date: values(fact.date),
            proof: [...new Set(fact.evidence.map((ev) => `doc-${ev.documentId}`))],
          },
        });
        for (const ev of fact.evidence) {
          chunk += line({
            type: 'statement',
            id: ev.id,
            entity_id: fact.id,
            schema: 'UnknownLink',
            prop: 'role',
            value: fact.type,
            dataset: DATASET,
            status: ev.status,
            origin: `doc-${ev.documentId}`,
            quote: ev.quote,
            start: ev.start,
            end: ev.end,
          });
        }
      }
    }
    if (chunk) yield chunk;
  }
}
