import type { QueryResolvers } from '../../__generated__/resolvers';
import { badInput } from '../../../errors';
import { relationPagesAhead } from '../lib/relationsAhead';

/**
 * Query.entity: by id, or by name (exact name or alias first, then variants: services/findEntityByName).
 * Through the request's loaders, so aliased `entity` fields batch (graphql/loaders/rootLookups.ts).
 * By id, the relation pages its selection asks for load first and bring the entity along: one
 * round trip for both (lib/relationsAhead.ts).
 */
export const entity: QueryResolvers['entity'] = async (_parent, { id, name }, { loaders }, info) => {
  if ((id == null) === (name == null)) throw badInput('Give exactly one of `id` and `name`.');
  // Failures are left to Entity.relations, which meets the same cached page.
  if (id != null) await Promise.allSettled(relationPagesAhead(info, id).map((key) => loaders.relations.load({ ...key, withSelf: true })));
  const entityId = id ?? (await loaders.entityIdByName.load(name as string));
  if (entityId === null) return null;
  const found = await loaders.entity.load(entityId);
  if (found || id == null) return found;
  // A merged-away id still resolves, to the entity it was merged into.
  const target = await loaders.redirect.load(id);
  return target === null ? null : loaders.entity.load(target);
};
