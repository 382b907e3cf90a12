/** Loading entities that an argument names, with NOT_FOUND when one does not exist. */
import { entityNotFound } from '../../../errors';
import type { Loaders } from '../../loaders/createLoaders';
import type { EntityRecord } from '../../../store/records';

export async function requireEntity(loaders: Loaders, id: string, argument: string): Promise<EntityRecord> {
  const entity = await loaders.entity.load(id);
  if (!entity) throw entityNotFound(id, argument);
  return entity;
}

/** Entities by id, in order; ids that vanished mid-request are skipped. */
export async function loadEntities(loaders: Loaders, ids: readonly string[]): Promise<EntityRecord[]> {
  const loaded = await loaders.entity.loadMany(ids);
  return loaded.filter((item): item is EntityRecord => item !== null && !(item instanceof Error));
}
