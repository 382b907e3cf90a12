/** A stored name candidate (EntityCandidate, AmbiguousMention) and the entities it may be. */
import type { AmbiguousMentionResolvers, EntityCandidateResolvers, EntityMatchResolvers } from '../__generated__/resolvers';
import type { Loaders } from '../loaders/createLoaders';
import type { CandidateRecord, NameMatchRecord } from '../../store/records';
import { requireDocument } from './lib/documents';
import { loadEntities, requireEntity } from './lib/entities';

/** The matches whose entity still exists (one may have been merged away since the ingest). */
async function liveMatches(loaders: Loaders, candidate: CandidateRecord): Promise<NameMatchRecord[]> {
  const live = new Set(
    (
      await loadEntities(
        loaders,
        candidate.matches.map((match) => match.entityId),
      )
    ).map((entity) => entity.id),
  );
  return candidate.matches.filter((match) => live.has(match.entityId));
}

export const EntityCandidate: EntityCandidateResolvers = {
  document: (candidate, _args, { loaders }) => requireDocument(loaders, candidate.documentId),
  matches: (candidate, _args, { loaders }) => liveMatches(loaders, candidate),
  judgement: async (candidate, _args, { loaders }) => {
    if (!candidate.judgement) return null;
    const { editor, at, entityId } = candidate.judgement;
    const [entity] = entityId ? await loadEntities(loaders, [entityId]) : [];
    return { state: candidate.state, editor, at, entity: entity ?? null };
  },
};

export const AmbiguousMention: AmbiguousMentionResolvers = {
  document: (candidate, _args, { loaders }) => requireDocument(loaders, candidate.documentId),
  text: (candidate) => candidate.surface,
  candidates: (candidate, _args, { loaders }) => liveMatches(loaders, candidate),
};

const signed = (score: number) => `${score >= 0 ? '+' : ''}${score.toFixed(2)}`;

export const EntityMatch: EntityMatchResolvers = {
  entity: (match, _args, { loaders }) => requireEntity(loaders, match.entityId, 'entity'),
  explanation: (match) => match.explanation.map((item) => `${item.feature}: ${item.detail} (${signed(item.score)})`).join('; '),
  features: (match) => match.explanation,
};
