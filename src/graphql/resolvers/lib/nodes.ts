/**
 * Global object identification: any stable id back to its object. Ids are the objects' own ids,
 * told apart by shape: a fact id holds dots ("<from>.<TYPE>.<to>"), a candidate id a colon
 * ("<document>:<start>-<end>"); entity and document ids are both kebab-case and may coincide,
 * so such an id is looked up as both (in the same batches) and the entity wins. Every id of a
 * request goes through the loaders together: at most four round trips however many ids.
 * A merged-away entity id gives null here (unlike Query.entity): a node's id is its own.
 */
import { badInput } from '../../../errors';
import type { CandidateRecord, DocumentRecord, EntityRecord, RelationRecord } from '../../../store/records';
import type { Loaders } from '../../loaders/createLoaders';

export type NodeRecord = EntityRecord | DocumentRecord | RelationRecord | CandidateRecord;

export const MAX_NODE_IDS = 100;

async function loadNode(loaders: Loaders, id: string): Promise<NodeRecord | null> {
  if (id.includes('@')) return null; // evidence ids: Evidence is not a Node
  if (id.includes(':')) return loaders.candidate.load(id);
  if (id.includes('.')) return loaders.fact.load(id);
  const [entity, document] = await Promise.all([loaders.entity.load(id), loaders.document.load(id)]);
  return entity ?? document;
}

/** The objects with these ids, in the order given, null where an id matches nothing. */
export function loadNodes(loaders: Loaders, ids: readonly string[]): Promise<Array<NodeRecord | null>> {
  if (ids.length > MAX_NODE_IDS) throw badInput(`\`ids\` may hold at most ${MAX_NODE_IDS} ids; got ${ids.length}.`, 'ids');
  return Promise.all(ids.map((id) => loadNode(loaders, id)));
}

/** The GraphQL object type of a node record, from its shape (records carry no type name). */
export function nodeKindOf(record: NodeRecord): 'Relation' | 'EntityCandidate' | 'Document' | 'Entity' {
  if ('selfId' in record) return 'Relation';
  if ('surface' in record) return 'EntityCandidate';
  if ('title' in record) return 'Document';
  return 'Entity';
}
