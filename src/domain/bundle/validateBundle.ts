/**
 * Validates a whole bundle before anything is written and resolves it for the loader.
 * Every problem is reported with its file and field path (not just the first), so a reviewer
 * fixes a seed file in one pass: unknown references, relation types the ontology does not allow
 * between the two entity types, quotes not found verbatim, bad dates, duplicate ids.
 */
import type { z } from 'zod';
import type { EntityType, FactStatus, RelationType } from '../../__generated__/graphql';
import { precisionOf } from '../dates';
import { isStronger } from '../statusRank';
import { entityDateFactId, evidenceIdOf, factIdOf } from '../ids';
import { nameKey } from '../nameKey';
import { allows, isEntityType, isRelationType, labelOf } from '../ontology';
import {
  documentInput,
  entityInput,
  factInput,
  type DocumentInput,
  type EntityInput,
  type EvidenceInput,
  type FactInput,
} from './bundleSchema';
import type {
  BundleProblem,
  ResolvedBundle,
  ResolvedDocument,
  ResolvedEntity,
  ResolvedEvidence,
  ResolvedFact,
  ResolvedMention,
} from './resolvedBundle';
import { InvalidBundleError } from './resolvedBundle';
import { occurrencesOf, wordOccurrencesOf } from './textSearch';

/**
 * What the graph already holds that a bundle may refer to without carrying it: entity types by
 * id, document texts by id (to find quotes and aliases in). Empty for the seed.
 */
export interface KnownGraph {
  entityTypes: ReadonlyMap<string, EntityType>;
  documentTexts: ReadonlyMap<string, string>;
}

export const NOTHING_KNOWN: KnownGraph = { entityTypes: new Map(), documentTexts: new Map() };

/** The ids a bundle refers to, so a caller can fetch what the graph knows of them first. */
export function referencedIds(raw: RawBundle): { entityIds: string[]; documentIds: string[] } {
  const entityIds = new Set<string>();
  const documentIds = new Set<string>();
  const visitEvidence = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const item of items) if (typeof item?.document === 'string') documentIds.add(item.document);
  };
  for (const { value } of raw.entities) {
    const entity = value as { id?: unknown; aliases?: unknown; date?: { evidence?: unknown } } | null;
    if (typeof entity?.id === 'string') entityIds.add(entity.id);
    visitEvidence(entity?.aliases);
    visitEvidence(entity?.date?.evidence);
  }
  for (const { value } of raw.facts) {
    const fact = value as { from?: unknown; to?: unknown; evidence?: unknown } | null;
    if (typeof fact?.from === 'string') entityIds.add(fact.from);
    if (typeof fact?.to === 'string') entityIds.add(fact.to);
    visitEvidence(fact?.evidence);
  }
  return { entityIds: [...entityIds], documentIds: [...documentIds] };
}

/** A raw bundle: values as parsed from YAML/JSON, each with the file it came from. */
export interface RawBundle {
  documents: Array<{ file: string; value: unknown }>;
  entities: Array<{ file: string; value: unknown }>;
  facts: Array<{ file: string; value: unknown }>;
}

class Problems {
  readonly list: BundleProblem[] = [];
  add(file: string, path: string, message: string): void {
    this.list.push({ file, path, message });
  }
  addZod(file: string, base: string, error: z.ZodError): void {
    for (const issue of error.issues) {
      const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
      this.add(file, `${base}${path}`, issue.message);
    }
  }
}

export function validateBundle(raw: RawBundle, known: KnownGraph = NOTHING_KNOWN): ResolvedBundle {
  const problems = new Problems();

  const documents = new Map<string, ResolvedDocument>();
  for (const [index, { file, value }] of raw.documents.entries()) {
    const parsed = documentInput.safeParse(value);
    if (!parsed.success) {
      problems.addZod(file, `documents[${index}]`, parsed.error);
      continue;
    }
    const document = resolveDocument(parsed.data);
    if (!document.text) problems.add(file, `documents[${index}].text`, 'the document has no text');
    else if (documents.has(document.id)) problems.add(file, `documents[${index}].id`, `duplicate document id "${document.id}"`);
    else documents.set(document.id, document);
  }

  const entities = new Map<string, ResolvedEntity>();
  const mentions: ResolvedMention[] = [];
  const evidence: ResolvedEvidence[] = [];
  const parsedEntities: Array<{ file: string; path: string; input: EntityInput }> = [];
  for (const [index, { file, value }] of raw.entities.entries()) {
    const path = `entities[${index}]`;
    const parsed = entityInput.safeParse(value);
    if (!parsed.success) {
      problems.addZod(file, path, parsed.error);
      continue;
    }
    const input = parsed.data;
    if (!isEntityType(input.type)) {
      problems.add(file, `${path}.type`, `unknown entity type "${input.type}" (see EntityType in schema/ontology.graphql)`);
      continue;
    }
    if (entities.has(input.id)) {
      problems.add(file, `${path}.id`, `duplicate entity id "${input.id}"`);
      continue;
    }
    entities.set(input.id, resolveEntity(input, input.type));
    parsedEntities.push({ file, path, input });
  }

  for (const { file, path, input } of parsedEntities) {
    for (const [aliasIndex, alias] of input.aliases.entries()) {
      if (alias.document === undefined) continue;
      const document = documentText(documents, known, alias.document);
      if (!document) {
        problems.add(file, `${path}.aliases[${aliasIndex}].document`, `unknown document "${alias.document}"`);
        continue;
      }
      const starts = wordOccurrencesOf(document.text, alias.text);
      if (starts.length === 0) {
        problems.add(file, `${path}.aliases[${aliasIndex}].text`, `"${alias.text}" is not found in document "${alias.document}"`);
      }
      for (const start of starts)
        mentions.push({ documentId: document.id, entityId: input.id, text: alias.text, start, end: start + alias.text.length });
    }
    for (const document of documents.values()) {
      for (const start of wordOccurrencesOf(document.text, input.name)) {
        mentions.push({ documentId: document.id, entityId: input.id, text: input.name, start, end: start + input.name.length });
      }
    }
    if (input.date) {
      const factId = entityDateFactId(input.id);
      for (const [evidenceIndex, item] of input.date.evidence.entries()) {
        const located = locate(
          item,
          input.date.status,
          factId,
          documents,
          known,
          problems,
          file,
          `${path}.date.evidence[${evidenceIndex}]`,
        );
        if (located) evidence.push(located);
      }
      if (input.date.endValue && input.date.endValue < input.date.value) {
        problems.add(file, `${path}.date.endValue`, 'ends before it starts');
      }
    }
  }

  const facts = new Map<string, ResolvedFact>();
  const entityTypeOf = (id: string): EntityType | undefined => entities.get(id)?.type ?? known.entityTypes.get(id);
  for (const [index, { file, value }] of raw.facts.entries()) {
    const path = `facts[${index}]`;
    const parsed = factInput.safeParse(value);
    if (!parsed.success) {
      problems.addZod(file, path, parsed.error);
      continue;
    }
    const fact = resolveFact(parsed.data, entityTypeOf, problems, file, path);
    if (!fact) continue;
    if (facts.has(fact.id)) {
      problems.add(file, path, `duplicate fact ${fact.id}: give one entry with an evidence item per source`);
      continue;
    }
    const located = parsed.data.evidence.map((item, evidenceIndex) =>
      locate(item, parsed.data.status, fact.id, documents, known, problems, file, `${path}.evidence[${evidenceIndex}]`),
    );
    const strongest = located.reduce<FactStatus | undefined>(
      (best, item) => (item && isStronger(item.status, best) ? item.status : best),
      undefined,
    );
    if (strongest && strongest !== fact.status) {
      problems.add(file, `${path}.status`, `is ${fact.status} but its strongest evidence says ${strongest}`);
    }
    facts.set(fact.id, fact);
    for (const item of located) if (item) evidence.push(item);
  }

  if (problems.list.length > 0) throw new InvalidBundleError(problems.list);
  return {
    documents: [...documents.values()],
    entities: [...entities.values()],
    mentions: dedupeMentions(mentions),
    facts: [...facts.values()],
    evidence,
  };
}

function resolveDocument(input: DocumentInput): ResolvedDocument {
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

function resolveEntity(input: EntityInput, type: EntityType): ResolvedEntity {
  const aliases = [...new Set(input.aliases.map((alias) => alias.text).filter((text) => text !== input.name))];
  const key = nameKey(input.name);
  return {
    id: input.id,
    type,
    label: labelOf(type),
    name: input.name,
    description: input.description ?? null,
    unresolved: input.unresolved,
    aliases,
    nameKey: key,
    nameKeys: [...new Set([key, ...aliases.map(nameKey)].filter((k) => k !== ''))],
    date: input.date?.value ?? null,
    dateEnd: input.date?.endValue ?? null,
    datePrecision: input.date ? precisionOf(input.date.value) : null,
    dateInferred: input.date ? input.date.inferred : null,
    dateStatus: input.date?.status ?? null,
  };
}

function resolveFact(
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

function locate(
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

/**
 * One mention per span, longest match first: "AI" inside "AI Act" is a mention of the AI Act,
 * not also of AI; a span is dropped when a longer mention of another entity covers it.
 */
/** A document's id and text, from the bundle or from what the graph already holds. */
function documentText(documents: Map<string, ResolvedDocument>, known: KnownGraph, id: string): { id: string; text: string } | undefined {
  const inBundle = documents.get(id);
  if (inBundle) return inBundle;
  const text = known.documentTexts.get(id);
  return text === undefined ? undefined : { id, text };
}

function dedupeMentions(mentions: ResolvedMention[]): ResolvedMention[] {
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
