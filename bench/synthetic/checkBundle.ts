/**
 * The validator's rules that a generated bundle must keep, checked in linear time (the seed
 * validator locates quotes by searching text, too slow for a million facts): unique ids, known
 * references, relation types the ontology allows, every fact with evidence, every quote and
 * mention equal to its document's text at its offsets.
 */
import { allows } from '../../src/domain/ontology';
import { InvalidBundleError, type BundleProblem, type ResolvedBundle } from '../../src/domain/bundle/resolvedBundle';

const MAX_REPORTED = 20;

export function checkSyntheticBundle(bundle: ResolvedBundle): void {
  const problems: BundleProblem[] = [];
  const add = (path: string, message: string) => {
    if (problems.length < MAX_REPORTED) problems.push({ file: 'synthetic', path, message });
  };
  const unique = <T extends { id: string }>(items: readonly T[], kind: string) => {
    const byId = new Map<string, T>();
    for (const item of items) {
      if (byId.has(item.id)) add(`${kind}.${item.id}`, 'duplicate id');
      byId.set(item.id, item);
    }
    return byId;
  };
  const documents = unique(bundle.documents, 'documents');
  const entities = unique(bundle.entities, 'entities');
  unique(bundle.evidence, 'evidence');
  const facts = unique(bundle.facts, 'facts');

  for (const fact of bundle.facts) {
    const from = entities.get(fact.fromId);
    const to = entities.get(fact.toId);
    if (!from || !to) add(`facts.${fact.id}`, 'unknown entity');
    else if (!allows(fact.type, from.type, to.type)) add(`facts.${fact.id}`, `${fact.type} is not allowed from ${from.type} to ${to.type}`);
  }
  const evidenced = new Set<string>();
  for (const item of bundle.evidence) {
    evidenced.add(item.factId);
    const text = documents.get(item.documentId)?.text;
    if (text === undefined) add(`evidence.${item.id}`, 'unknown document');
    else if (text.slice(item.start, item.end) !== item.quote) add(`evidence.${item.id}`, 'quote is not the text at its offsets');
    if (!facts.has(item.factId) && !item.factId.endsWith('.DATE')) add(`evidence.${item.id}`, 'unknown fact');
  }
  for (const fact of bundle.facts) if (!evidenced.has(fact.id)) add(`facts.${fact.id}`, 'no evidence');
  for (const mention of bundle.mentions) {
    const text = documents.get(mention.documentId)?.text;
    if (!entities.has(mention.entityId)) add(`mentions.${mention.entityId}`, 'unknown entity');
    if (text?.slice(mention.start, mention.end) !== mention.text)
      add(`mentions.${mention.documentId}:${mention.start}`, 'text is not at its offsets');
  }
  if (problems.length > 0) throw new InvalidBundleError(problems);
}
