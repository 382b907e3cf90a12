import type { QueryResolvers } from '../../__generated__/graphql';
import { badInput } from '../../errors';
import { findEntityIdByName } from '../../graph/entities';

/** Query.entity: by id, or by canonical name / alias (case- and accent-insensitive). */
export const entity: QueryResolvers['entity'] = async (_parent, { id, name }, { db, loaders }) => {
  if ((id == null) === (name == null)) throw badInput('Give exactly one of `id` and `name`.');
  const entityId = id ?? (await findEntityIdByName(db, name as string));
  return entityId === undefined ? null : loaders.entity.load(entityId);
};
