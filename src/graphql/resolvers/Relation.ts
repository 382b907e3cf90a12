import type { RelationResolvers, StatusStepResolvers } from '../__generated__/resolvers';
import { notFound } from '../../errors';
import { independentSources, statusHistory } from '../../domain/factSources';
import { requireDocument } from './lib/documents';
import { requireEntity } from './lib/entities';
import type { Loaders } from '../loaders/createLoaders';
import type { RelationRecord } from '../../store/records';

/** The other end through the loader (a relation read without its page's records: paths, timelines, node(id:)). */
async function loadOther(relation: RelationRecord, loaders: Loaders) {
  const other = await loaders.entity.load(relation.otherId);
  // Only reachable if an entity vanished mid-request (a concurrent merge or delete).
  if (!other) throw notFound(`Entity ${relation.otherId} no longer exists.`);
  return other;
}

// A relation of a page carries its other end and evidence as the page read them: returned as
// they are, without a loader's promise (a page of 20 facts resolves ~100 such fields).
export const Relation: RelationResolvers = {
  other: (relation, _args, { loaders }) => relation.pageOther ?? loadOther(relation, loaders),
  from: (relation, _args, { loaders }) =>
    requireEntity(loaders, relation.direction === 'OUTGOING' ? relation.selfId : relation.otherId, 'from'),
  to: (relation, _args, { loaders }) =>
    requireEntity(loaders, relation.direction === 'OUTGOING' ? relation.otherId : relation.selfId, 'to'),
  evidence: (relation, _args, { loaders }) => relation.pageEvidence ?? loaders.evidence.load(relation.id),
  sources: async (relation, _args, { loaders }) => independentSources(await loaders.evidence.load(relation.id)),
  statusHistory: async (relation, _args, { loaders }) => {
    const evidence = await loaders.evidence.load(relation.id);
    const documents = await loaders.document.loadMany([...new Set(evidence.map((item) => item.documentId))]);
    const publishedAt = new Map(
      documents.flatMap((document) => (document && !(document instanceof Error) ? [[document.id, document.publishedAt]] : [])),
    );
    return statusHistory(evidence, (id) => publishedAt.get(id) ?? null);
  },
};

export const StatusStep: StatusStepResolvers = {
  document: (step, _args, { loaders }) => requireDocument(loaders, step.documentId),
};
