/**
 * Validates a whole bundle before anything is written and resolves it for the loader.
 * Every problem is reported with its file and field path (not just the first), so a reviewer
 * fixes a seed file in one pass: unknown references, relation types the ontology does not allow
 * between the two entity types, quotes not found verbatim, bad dates, duplicate ids.
 */
import type { EntityType, FactStatus } from '../../__generated__/graphql';
import { entityDateFactId } from '../ids';
import { isEntityType } from '../ontology';
import { isStronger } from '../statusRank';
import { documentInput, entityInput, factInput, type EntityInput } from './bundleSchema';
import { Problems } from './problems';
import { NOTHING_KNOWN, type KnownGraph, type RawBundle } from './rawBundle';
import { dedupeMentions, documentText, locate, resolveDocument, resolveEntity, resolveFact } from './resolveItems';
import {
  InvalidBundleError,
  type ResolvedBundle,
  type ResolvedDocument,
  type ResolvedEntity,
  type ResolvedEvidence,
  type ResolvedFact,
  type ResolvedMention,
} from './resolvedBundle';
import { wordOccurrencesOf } from './textSearch';

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
      if (alias.scope === 'document' && alias.document === undefined) {
        problems.add(file, `${path}.aliases[${aliasIndex}].document`, 'an alias with scope "document" needs the document it belongs to');
      }
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
