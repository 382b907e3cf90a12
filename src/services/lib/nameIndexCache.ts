/**
 * The name index (domain/names) of this process and the editors' standing verdicts on names,
 * built from the graph on first use and kept until a write commits here (auditedWrite calls
 * invalidateNameIndex) or, for writes committed by other replicas or tools, until they are
 * NAME_INDEX_TTL_MS old (docs/scale-out.md). Concurrent callers share one build; a build that a
 * write overtook is used by its callers but not kept.
 */
import type { GraphRunner } from '../../db/database';
import { buildNameIndex, type NameIndex } from '../../domain/names';
import { nameKey } from '../../domain/nameKey';
import { loadNameEntities } from '../../store/nameEntities';
import { loadNameJudgements } from '../../store/nameJudgements';

/** How stale the index may get for writes this process did not make. */
export const NAME_INDEX_TTL_MS = 5_000;

/** What editors ruled out: a surface (by name key) that is not a given entity, or not a name at all. */
export interface NameVerdicts {
  isRejectedLink(surface: string, entityId: string): boolean;
  isNotAName(surface: string): boolean;
}

export interface NameResolver {
  index: NameIndex;
  verdicts: NameVerdicts;
}

let generation = 0;
let cached: { resolver: NameResolver; builtAt: number; generation: number } | undefined;
let building: { promise: Promise<NameResolver>; generation: number } | undefined;

/** Drops the cached index: the next lookup rebuilds it from the committed graph. */
export function invalidateNameIndex(): void {
  generation += 1;
  cached = undefined;
}

async function build(db: GraphRunner): Promise<NameResolver> {
  const [entities, judgements] = await Promise.all([loadNameEntities(db), loadNameJudgements(db)]);
  const rejected = new Set(judgements.filter((j) => j.verdict === 'NOT_SAME').map((j) => `${j.surfaceKey}|${j.entityId}`));
  const notNames = new Set(judgements.filter((j) => j.verdict === 'NOT_A_NAME').map((j) => j.surfaceKey));
  return {
    index: buildNameIndex(entities),
    verdicts: {
      isRejectedLink: (surface, entityId) => rejected.size > 0 && rejected.has(`${nameKey(surface)}|${entityId}`),
      isNotAName: (surface) => notNames.size > 0 && notNames.has(nameKey(surface)),
    },
  };
}

export function nameResolverOf(db: GraphRunner): Promise<NameResolver> {
  if (cached && cached.generation === generation && Date.now() - cached.builtAt < NAME_INDEX_TTL_MS)
    return Promise.resolve(cached.resolver);
  if (building && building.generation === generation) return building.promise;
  const started = generation;
  const builtAt = Date.now();
  const promise = build(db)
    .then((resolver) => {
      if (generation === started) cached = { resolver, builtAt, generation: started };
      return resolver;
    })
    .finally(() => {
      if (building?.promise === promise) building = undefined;
    });
  building = { promise, generation: started };
  return promise;
}

export async function nameIndexOf(db: GraphRunner): Promise<NameIndex> {
  return (await nameResolverOf(db)).index;
}
