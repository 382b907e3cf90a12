/**
 * The name index (domain/names) of this process and the editors' standing verdicts on names,
 * built from the graph on first use and kept until a write that may change names commits here
 * (auditedWrite calls invalidateNameIndex; an ingested document does not). For writes committed
 * by other replicas or tools, an index older than NAME_INDEX_TTL_MS is checked against counts of
 * what names are built from (one cheap read, countGraph.ts: every audited write that may change
 * names adds a :NameChange node) and rebuilt only if they moved (docs/scale-out.md), in the
 * background, the previous index serving meanwhile.
 * Concurrent callers share one build or check; a build that a write overtook is used by its
 * callers but not kept.
 */
import type { GraphRunner } from '../../db/database';
import type { NameIndex } from '../../domain/names';
import { nameKey } from '../../domain/nameKey';
import { nameSourcesVersion } from '../../store/countGraph';
import { loadNameIndex } from '../../store/nameEntities';
import { loadNameJudgements, type NameJudgementRow } from '../../store/nameJudgements';

/** How stale the index may get for writes this process did not make. */
export const NAME_INDEX_TTL_MS = 5_000;

/**
 * What editors ruled: a surface (by name key) that is not a given entity, or not a name at all,
 * and the entities they confirmed a surface names (confirmMention, linkCandidate: preferred when
 * the surface is ambiguous later). A rejection outweighs a confirmation of the same pair.
 */
export interface NameVerdicts {
  isRejectedLink(surface: string, entityId: string): boolean;
  isNotAName(surface: string): boolean;
  isConfirmedLink(surface: string, entityId: string): boolean;
}

/** The verdicts of stored judgements (UNSURE marks change no reading). */
export function verdictsOf(judgements: readonly NameJudgementRow[]): NameVerdicts {
  const pairs = (verdict: NameJudgementRow['verdict']) =>
    new Set(judgements.filter((j) => j.verdict === verdict && j.entityId).map((j) => `${j.surfaceKey}|${j.entityId}`));
  const rejected = pairs('NOT_SAME');
  const confirmed = pairs('SAME');
  const notNames = new Set(judgements.filter((j) => j.verdict === 'NOT_A_NAME').map((j) => j.surfaceKey));
  return {
    isRejectedLink: (surface, entityId) => rejected.size > 0 && rejected.has(`${nameKey(surface)}|${entityId}`),
    isNotAName: (surface) => notNames.size > 0 && notNames.has(nameKey(surface)),
    isConfirmedLink: (surface, entityId) =>
      confirmed.size > 0 && confirmed.has(`${nameKey(surface)}|${entityId}`) && !rejected.has(`${nameKey(surface)}|${entityId}`),
  };
}

export interface NameResolver {
  index: NameIndex;
  verdicts: NameVerdicts;
}

let generation = 0;
let cached: { resolver: NameResolver; checkedAt: number; generation: number; version: string } | undefined;
let building: { promise: Promise<NameResolver>; generation: number } | undefined;

/** Drops the cached index: the next lookup rebuilds it from the committed graph. */
export function invalidateNameIndex(): void {
  generation += 1;
  cached = undefined;
}

/** Moves with every write that may change names (Neo4j's count store: no scan), not with ingested documents. */
const graphVersion = (db: GraphRunner): Promise<string> => nameSourcesVersion(db);

async function build(db: GraphRunner): Promise<NameResolver> {
  const [index, judgements] = await Promise.all([loadNameIndex(db), loadNameJudgements(db)]);
  return { index, verdicts: verdictsOf(judgements) };
}

export function nameResolverOf(db: GraphRunner): Promise<NameResolver> {
  const fresh = cached && cached.generation === generation ? cached : undefined;
  if (fresh && Date.now() - fresh.checkedAt < NAME_INDEX_TTL_MS) return Promise.resolve(fresh.resolver);
  if (building && building.generation === generation) return building.promise;
  const started = generation;
  const promise = refresh(db, fresh)
    .then(({ resolver, version, checkedAt }) => {
      if (generation === started) cached = { resolver, checkedAt, generation: started, version };
      return resolver;
    })
    .finally(() => {
      if (building?.promise === promise) building = undefined;
    });
  building = { promise, generation: started };
  return promise;
}

let rebuilding: Promise<void> | undefined;

/**
 * The cached resolver if the graph has not moved since it was built. If it has (writes made
 * elsewhere), the previous resolver keeps serving while a new one builds in the background, as
 * those writes are only ever seen after a delay anyway; it replaces the old one when done (unless
 * a write here overtook it). With nothing to serve, the caller waits for the build.
 */
async function refresh(
  db: GraphRunner,
  stale: { resolver: NameResolver; version: string } | undefined,
): Promise<{ resolver: NameResolver; version: string; checkedAt: number }> {
  const checkedAt = Date.now();
  // Read before the entities: a write in between moves the version, and the next check rebuilds.
  const version = await graphVersion(db);
  if (stale && stale.version === version) return { resolver: stale.resolver, version, checkedAt };
  if (!stale) return { resolver: await build(db), version, checkedAt };
  if (!rebuilding) {
    const started = generation;
    rebuilding = build(db)
      .then((resolver) => {
        if (generation === started) cached = { resolver, checkedAt: Date.now(), generation: started, version };
      })
      // A failed rebuild leaves the previous resolver; the next check tries again.
      .catch(() => undefined)
      .finally(() => {
        rebuilding = undefined;
      });
  }
  return { resolver: stale.resolver, version: stale.version, checkedAt };
}

/** Resolves once a background rebuild (see refresh) has finished; at once when none runs. */
export async function nameIndexRebuilt(): Promise<void> {
  await rebuilding;
}

/**
 * The editors' verdicts without waiting for an index build: those of the resolver this process
 * holds (as fresh as its index), else read on their own (one small statement) while a build is
 * started for later callers. For lookups answered without the index (an exact name or alias).
 */
export async function nameVerdictsOf(db: GraphRunner): Promise<NameVerdicts> {
  const held = cached && cached.generation === generation ? cached.resolver : undefined;
  if (held) return held.verdicts;
  void nameResolverOf(db).catch(() => undefined);
  return verdictsOf(await loadNameJudgements(db));
}

export async function nameIndexOf(db: GraphRunner): Promise<NameIndex> {
  return (await nameResolverOf(db)).index;
}
