/**
 * Mutation resolvers: check the editor, call the write service, return what the schema wants.
 * Each write service runs one transaction and records the change (src/writes/).
 */
import type { MutationResolvers } from '../../__generated__/graphql';
import { notFound } from '../../errors';
import { findFactById } from '../../graph/relations';
import { assertFact, retractFact } from '../../writes/facts';
import { ingestDocument } from '../../writes/ingestDocument';
import { mergeEntities, unmergeEntity } from '../../writes/merges';
import { addAlias, upsertEntity } from '../../writes/upsertEntity';
import { requireEntity } from '../entities';
import { requireEditor } from './requireEditor';

export const Mutation: MutationResolvers = {
  ingestDocument: (_parent, { input }, context) => ingestDocument(context.db, requireEditor(context), input),

  upsertEntity: async (_parent, { input }, context) => {
    const id = await upsertEntity(context.db, requireEditor(context), input);
    return requireEntity(context.loaders, id, 'input.id');
  },

  addAlias: async (_parent, { entityId, alias }, context) => {
    const id = await addAlias(context.db, requireEditor(context), entityId, alias);
    return requireEntity(context.loaders, id, 'entityId');
  },

  assertFact: async (_parent, { input }, context) => {
    const id = await assertFact(context.db, requireEditor(context), input);
    const fact = await findFactById(context.db, id);
    if (!fact) throw notFound(`Fact ${id} vanished after it was written.`);
    return fact;
  },

  retractFact: (_parent, { id, reason }, context) => retractFact(context.db, requireEditor(context), id, reason),

  mergeEntities: async (_parent, { keepId, mergeId }, context) => {
    const id = await mergeEntities(context.db, requireEditor(context), keepId, mergeId);
    return requireEntity(context.loaders, id, 'keepId');
  },

  unmergeEntity: async (_parent, { id }, context) => {
    const restored = await unmergeEntity(context.db, requireEditor(context), id);
    return requireEntity(context.loaders, restored, 'id');
  },
};
