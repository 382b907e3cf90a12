/**
 * One item of a bundle resolved for the loader (ids derived, dates given their precision, quotes
 * located in their documents with offsets), or a problem reported; validateBundle.ts runs these.
 */
import type { EntityType, FactStatus, RelationType } from '../../__generated__/graphql';
import { precisionOf } from '../dates';
import { encodeDocumentAlias } from './documentAliases';
import { evidenceIdOf, factIdOf } from '../ids';
import { nameKey } from '../nameKey';
import { allows, isRelationType, labelOf } from '../ontology';
import type { DocumentInput, EntityInput, EvidenceInput, FactInput } from './bundleSchema';
import type { Problems } from './problems';
import type { KnownGraph } from './rawBundle';
import type { ResolvedDocument, ResolvedEntity, ResolvedEvidence, ResolvedFact, ResolvedMention } from './resolvedBundle';
import { occurrencesOf } from './textSearch';

export function resolveDocument(input: DocumentInput): ResolvedDocument {
  return {
    id: input.id,
    title: input.title,
    titleIsEditorial: input.titleIsEditorial,
    section: input.section ?? null,
    publisher: input.publisher ?? null,
    author: input.author ?? null,
    publishedAt: input.publishedAt ?? null,
    publishedAtPrecision: input.publishedAt ? precisionOf(input.publishedAt) : null,
    publishedAtInferred: input.publishedAtInferred,
    url: input.url ?? null,
    language: input.language,
    machineTranslated: input.machineTranslated,
    text: input.text ?? '',
  };
}

export function resolveEntity(input: EntityInput, type: EntityType): ResolvedEntity {
  const aliases = [...new Set(input.aliases.map((alias) => alias.text).filter((text) => text !== input.name))];
  const key = nameKey(input.name);
  const documentAliases = input.aliases
    .filter((alias) => alias.scope === 'document' && alias.document !== undefined)
    .map((alias) => encodeDocumentAlias({ document: alias.document!, text: alias.text }));
  return {
    id: input.id,
    type,
    label: labelOf(type),
    name: input.name,
    description: input.description ?? null,
    unresolved: input.unresolved,
    aliases,
    documentAliases: [...new Set(documentAliases)],
    nameKey: key,
    nameKeys: [...new Set([key, ...aliases.map(nameKey)].filter((k) => k !== ''))],
    date: input.date?.value ?? null,
    dateEnd: input.date?.endValue ?? null,
    datePrecision: input.date ? precisionOf(input.date.value) : null,
    dateInferred: input.date ? input.date.inferred : null,
    dateStatus: input.date?.status ?? null,
  };
}

export function resolveFact(
  input: FactInput,
  entityTypeOf: (id: string) => EntityType | undefined,
  problems: Problems,
  file: string,
  path: string,
): ResolvedFact | undefined {
  let ok = true;
  if (!isRelationType(input.type)) {
    problems.add(file, `${path}.type`, `unknown relation type "${input.type}" (see RelationType in schema/ontology.graphql)`);
    ok = false;
  }
  const fromType = entityTypeOf(input.from);
  const toType = entityTypeOf(input.to);
  if (!fromType) problems.add(file, `${path}.from`, `unknown entity "${input.from}"`);
  if (!toType) problems.add(file, `${path}.to`, `unknown entity "${input.to}"`);
  if (!ok || !fromType || !toType) return undefined;
  if (input.from === input.to) {
    // No relation in the ontology relates a thing to itself, and a loop would survive no merge.
    problems.add(file, `${path}.to`, `a fact cannot connect ${input.from} to itself`);
    return undefined;
  }
  const type = input.type as RelationType;
  if (!allows(type, fromType, toType)) {
    problems.add(file, `${path}.type`, `${type} is not allowed from ${fromType} (${input.from}) to ${toType} (${input.to})`);
    return undefined;
  }
  if (type === 'HOLDS_OFFICE' && !input.role) {
    problems.add(file, `${path}.role`, 'HOLDS_OFFICE needs the role (the office held)');
    return undefined;
  }
  return {
    id: factIdOf(type, input.from, input.to, input.role),
    type,
    fromId: input.from,
    toId: input.to,
    status: input.status,
    date: input.date ?? null,
    datePrecision: input.date ? precisionOf(input.date) : null,
    dateInferred: input.date ? input.dateInferred : null,
    role: input.role ?? null,
    note: input.note ?? null,
  };
}

export function locate(
  item: EvidenceInput,
  defaultStatus: FactStatus,
  factId: string,
  documents: Map<string, ResolvedDocument>,
  known: KnownGraph,
  problems: Problems,
  file: string,
  path: string,
): ResolvedEvidence | undefined {
  const document = documentText(documents, known, item.document);
  if (!document) {
    problems.add(file, `${path}.document`, `unknown document "${item.document}"`);
    return undefined;
  }
  const starts = occurrencesOf(document.text, item.quote);
  if (starts.length === 0) {
    problems.add(file, `${path}.quote`, `not found verbatim in document "${item.document}": "${item.quote.slice(0, 80)}"`);
    return undefined;
  }
  if (starts.length > 1 && item.occurrence === undefined) {
    problems.add(file, `${path}.quote`, `occurs ${starts.length} times in "${item.document}": add occurrence (1-${starts.length})`);
    return undefined;
  }
  const start = starts[(item.occurrence ?? 1) - 1];
  if (start === undefined) {
    problems.add(file, `${path}.occurrence`, `the quote occurs only ${starts.length} time(s)`);
    return undefined;
  }
  return {
    id: evidenceIdOf(factId, document.id, start),
    factId,
    documentId: document.id,
    quote: item.quote,
    start,
    end: start + item.quote.length,
    status: item.status ?? defaultStatus,
  };
}

/** A document's id and text, from the bundle or from what the graph already holds. */
export function documentText(
  documents: Map<string, ResolvedDocument>,
  known: KnownGraph,
  id: string,
): { id: string; text: string } | undefined {
  const inBundle = documents.get(id);
  if (inBundle) return inBundle;
  const text = known.documentTexts.get(id);
  return text === undefined ? undefined : { id, text };
}

/**
 * One mention per span, longest match first: "AI" inside "AI Act" is a mention of the AI Act,
 * not also of AI; a span is dropped when a longer mention of another entity covers it.
 */
export function dedupeMentions(mentions: ResolvedMention[]): ResolvedMention[] {
  const unique = new Map<string, ResolvedMention>();
  for (const mention of mentions) unique.set(`${mention.documentId}|${mention.entityId}|${mention.start}|${mention.end}`, mention);
  const sorted = [...unique.values()].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: ResolvedMention[] = [];
  for (const mention of sorted) {
    const covered = kept.some(
      (longer) =>
        longer.documentId === mention.documentId &&
        longer.entityId !== mention.entityId &&
        longer.start <= mention.start &&
        longer.end >= mention.end,
    );
    if (!covered) kept.push(mention);
  }
  return kept.sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start);
}
