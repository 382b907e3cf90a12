import type { DocumentResolvers, EntityDateResolvers, EvidenceResolvers, MentionResolvers } from '../__generated__/graphql';
import type { DocumentRecord } from '../graph/records';
import { notFound } from '../errors';
import type { Loaders } from '../graph/loaders';
import { requireEntity } from './entities';
import { pageWindow } from './pagination';

async function documentOf(loaders: Loaders, id: string): Promise<DocumentRecord> {
  const document = await loaders.document.load(id);
  if (!document) throw notFound(`Document ${id} no longer exists.`);
  return document;
}

export const Evidence: EvidenceResolvers = {
  document: (evidence, _args, { loaders }) => documentOf(loaders, evidence.documentId),
};

export const Mention: MentionResolvers = {
  entity: (mention, _args, { loaders }) => requireEntity(loaders, mention.entityId, 'entity'),
  document: (mention, _args, { loaders }) => documentOf(loaders, mention.documentId),
};

export const Document: DocumentResolvers = {
  facts: (document, { first, after }, { loaders }) =>
    loaders.documentFacts.load({ documentId: document.id, window: pageWindow(first, after) }),
  mentions: (document, _args, { loaders }) => loaders.documentMentions.load(document.id),
};

export const EntityDate: EntityDateResolvers = {
  evidence: (date, _args, { loaders }) => loaders.evidence.load(date.factId),
};
