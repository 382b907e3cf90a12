/** Mutation.ingestDocument: a new source, linked to the entities its text names. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import { ingestDocument as ingest } from '../../../services/ingestDocument';
import { requireEditor } from '../lib/requireEditor';

export const ingestDocument: MutationResolvers['ingestDocument'] = (_parent, { input }, context) =>
  ingest(context.db, requireEditor(context), input);
