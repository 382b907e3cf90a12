import type { QueryResolvers } from '../../__generated__/resolvers';
import { badInput } from '../../../errors';
import { findEntityByName } from '../../../services/findEntityByName';
import { resolveRedirects } from '../../../store/redirects';

/** Query.entity: by id, or by name (exact name or alias first, then variants: services/findEntityByName). */
export const entity: QueryResolvers['entity'] = async (_parent, { id, name }, { db, loaders }) => {
  if ((id == null) === (name == null)) throw badInput('Give exactly one of `id` and `name`.');
  const entityId = id ?? loaders.primed(await findEntityByName(db, name as string));
  if (entityId === undefined) return null;
  const found = await loaders.entity.load(entityId);
  if (found || id == null) return found;
  // A merged-away id still resolves, to the entity it was merged into.
  const target = (await resolveRedirects(db, [id])).get(id);
  return target === undefined ? null : loaders.entity.load(target);
};
