/** Mutation.acceptCandidate: a name candidate becomes a new entity. */
import type { MutationResolvers } from '../../__generated__/resolvers';
import * as service from '../../../services/acceptCandidate';
import { requireEntity } from '../lib/entities';
import { requireWriter } from '../lib/requireEditor';
import { runOnce } from '../../../services/lib/idempotency';

export const acceptCandidate: MutationResolvers['acceptCandidate'] = async (_parent, args, context, info) => {
  const writer = requireWriter(context, info, args);
  const candidate = await runOnce(context.db, writer, 'acceptCandidate', () =>
    service.acceptCandidate(context.db, writer, args.input.id, args.input.entity),
  );
  // An accepted candidate's judgement always names the entity it became.
  return { candidate, entity: await requireEntity(context.loaders, candidate.judgement?.entityId ?? '', 'input.entity.id') };
};
