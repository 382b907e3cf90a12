import type { ChangeResolvers } from '../__generated__/resolvers';
import type { DocumentRecord, EvidenceRecord } from '../../store/records';
import { loadEntities } from './lib/entities';

const loaded = <T>(item: T | null | Error): item is T => item !== null && !(item instanceof Error);

/** What a change touched, loaded in batches: entities as they are now, documents, the evidence of its facts. */
export const Change: ChangeResolvers = {
  sequence: (change) => change.seq,
  entities: (change, _args, { loaders }) => loadEntities(loaders, change.liveEntityIds),
  documents: async (change, _args, { loaders }) => (await loaders.document.loadMany(change.documentIds)).filter(loaded<DocumentRecord>),
  evidence: async (change, _args, { loaders }) => (await loaders.evidence.loadMany(change.factIds)).filter(loaded<EvidenceRecord[]>).flat(),
};
