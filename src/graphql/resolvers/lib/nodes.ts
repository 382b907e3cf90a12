/**
 * Global object identification: any stable id back to its object. Ids are the objects' own ids,
 * told apart by shape (document and entity ids are kebab-case: no dots, colons or @):
 * - evidence "<fact>@<document>:<start>" holds an @;
 * - a name candidate "<document>:<start>-<end>" ends in a colon and two offsets;
 * - a fact proposal "<document>:<TYPE>:<hash>" holds two colons;
 * - a fact "<from>.<TYPE>.<to>" holds dots;
 * - entity and document ids may coincide, so such an id is looked up as both (in the same
 *   batches) and the entity wins;
 * - a recorded change's id is a UUID (kebab-case too): looked up as a change as well, last in
 *   precedence, and only for a caller with a read token (changes name editors, as `history`
 *   does); to anyone else it is an id that matches nothing.
 * Every id of a request goes through the loaders together: one round trip per kind of object
 * however many ids. A merged-away entity id gives null here (unlike Query.entity): a node's id is
 * its own.
 */
import { badInput } from '../../../errors';
import type { Caller } from '../../auth';
import type {
  CandidateRecord,
  ChangeRecord,
  DocumentRecord,
  EntityRecord,
  EvidenceRecord,
  ProposalRecord,
  RelationRecord,
} from '../../../store/records';
import type { Loaders } from '../../loaders/createLoaders';

export type NodeRecord = EntityRecord | DocumentRecord | RelationRecord | EvidenceRecord | CandidateRecord | ProposalRecord | ChangeRecord;

export const MAX_NODE_IDS = 100;

const CANDIDATE_ID = /^[^:]+:\d+-\d+$/;
const PROPOSAL_ID = /^[^:]+:[A-Z_]+:[^:]+$/;
const CHANGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function loadNode(loaders: Loaders, id: string, readsChanges: boolean): Promise<NodeRecord | null> {
  if (id.includes('@')) return loaders.evidenceById.load(id);
  if (CANDIDATE_ID.test(id)) return loaders.candidate.load(id);
  if (PROPOSAL_ID.test(id)) return loaders.proposal.load(id);
  if (id.includes(':')) return null;
  if (id.includes('.')) return loaders.fact.load(id);
  const [entity, document, change] = await Promise.all([
    loaders.entity.load(id),
    loaders.document.load(id),
    readsChanges && CHANGE_ID.test(id) ? loaders.change.load(id) : null,
  ]);
  return entity ?? document ?? change;
}

/** The objects with these ids, in the order given, null where an id matches nothing. */
export function loadNodes(loaders: Loaders, caller: Caller, ids: readonly string[]): Promise<Array<NodeRecord | null>> {
  if (ids.length > MAX_NODE_IDS) throw badInput(`\`ids\` may hold at most ${MAX_NODE_IDS} ids; got ${ids.length}.`, 'ids');
  const readsChanges = caller.kind === 'editor' || caller.kind === 'reader';
  return Promise.all(ids.map((id) => loadNode(loaders, id, readsChanges)));
}

export type NodeKind = 'Proposal' | 'Evidence' | 'Change' | 'Relation' | 'EntityCandidate' | 'Document' | 'Entity';

/** The GraphQL object type of a node record, from its shape (records carry no type name). */
export function nodeKindOf(record: NodeRecord): NodeKind {
  if ('judgementKey' in record) return 'Proposal';
  if ('factId' in record && 'quote' in record) return 'Evidence';
  if ('seq' in record && 'operation' in record) return 'Change';
  if ('selfId' in record) return 'Relation';
  if ('surface' in record) return 'EntityCandidate';
  if ('title' in record) return 'Document';
  return 'Entity';
}
