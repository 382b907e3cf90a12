/**
 * The name index (domain/names) of this process, built from the graph on first use and kept
 * until a write commits here (auditedWrite calls invalidateNameIndex) or, for writes committed by
 * other replicas or tools, until it is NAME_INDEX_TTL_MS old (docs/scale-out.md). Concurrent
 * callers share one build; a build that a write overtook is used by its callers but not kept.
 */
import type { GraphRunner } from '../../db/database';
import { buildNameIndex, type NameIndex } from '../../domain/names';
import { loadNameEntities } from '../../store/nameEntities';

/** How stale the index may get for writes this process did not make. */
export const NAME_INDEX_TTL_MS = 5_000;

let generation = 0;
let cached: { index: NameIndex; builtAt: number; generation: number } | undefined;
let building: { promise: Promise<NameIndex>; generation: number } | undefined;

/** Drops the cached index: the next lookup rebuilds it from the committed graph. */
export function invalidateNameIndex(): void {
  generation += 1;
  cached = undefined;
}

export function nameIndexOf(db: GraphRunner): Promise<NameIndex> {
  if (cached && cached.generation === generation && Date.now() - cached.builtAt < NAME_INDEX_TTL_MS) return Promise.resolve(cached.index);
  if (building && building.generation === generation) return building.promise;
  const started = generation;
  const builtAt = Date.now();
  const promise = loadNameEntities(db)
    .then((entities) => {
      const index = buildNameIndex(entities);
      if (generation === started) cached = { index, builtAt, generation: started };
      return index;
    })
    .finally(() => {
      if (building?.promise === promise) building = undefined;
    });
  building = { promise, generation: started };
  return promise;
}
