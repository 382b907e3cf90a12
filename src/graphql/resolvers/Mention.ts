import type { MentionResolvers } from '../__generated__/resolvers';
import { requireDocument } from './lib/documents';
import { requireEntity } from './lib/entities';

export const Mention: MentionResolvers = {
  entity: (mention, _args, { loaders }) => requireEntity(loaders, mention.entityId, 'entity'),
  document: (mention, _args, { loaders }) => requireDocument(loaders, mention.documentId),
  unsure: (mention) =>
    mention.unsureBy ? { editor: mention.unsureBy, at: mention.unsureAt ?? '', note: mention.unsureNote ?? null } : null,
};
