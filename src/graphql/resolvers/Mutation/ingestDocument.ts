/** Mutation.ingestDocument: a new source, linked to the entities its text names. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/ingestDocument';
import { requireEditor } from '../lib/requireEditor';

export const ingestDocument: MutationResolvers['ingestDocument'] = (_parent, { input }, context) =>
  service.ingestDocument(context.db, requireEditor(context), input);
