/** Mutation.ingestDocument: a new source, linked to the entities its text names. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/ingestDocument';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const ingestDocument: MutationResolvers['ingestDocument'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  return runOnce(context.db, writer, 'ingestDocument', () => service.ingestDocument(context.db, writer, args.input));
};
