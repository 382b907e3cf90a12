/**
 * Pages of entities' relations, batched: one query per distinct filter and prefetch plan (a
 * typical request has one of each for many entities). The records each query reads besides the
 * pages (other ends, evidence, documents) go to the request's other loaders.
 */
import DataLoader from 'dataloader';
import type { GraphRunner } from '../../db/database';
import { emptyPage } from '../../store/page';
import type { RelationPage } from '../../store/records';
import { findRelationPages, type PrefetchPlan, type RelationFilter } from '../../store/relations';
import { groupKeys } from './batch';
import { prime, type PrimeTargets } from './prime';

export interface RelationPageKey {
  entityId: string;
  filter: RelationFilter;
  /** What the operation selects below the relations (graphql/plugins/prefetchPlan.ts). */
  prefetch: PrefetchPlan;
  /**
   * Also read the entity's own record (Query.entity loads its pages ahead of the entity). Not part
   * of the cache key: Entity.relations' later load of the same page meets this one.
   */
  withSelf?: boolean;
}

// A plan is one object per parsed operation (prefetchPlan.ts): its text is made once, not per key.
const planKeys = new WeakMap<PrefetchPlan, string>();
const planKeyOf = (prefetch: PrefetchPlan) => {
  let key = planKeys.get(prefetch);
  if (key === undefined) planKeys.set(prefetch, (key = JSON.stringify(prefetch)));
  return key;
};

const keyOf = ({ entityId, filter, prefetch }: RelationPageKey) => `${entityId}|${JSON.stringify(filter)}|${planKeyOf(prefetch)}`;

export function relationPagesLoader(db: GraphRunner, targets: PrimeTargets): DataLoader<RelationPageKey, RelationPage, string> {
  return new DataLoader(
    async (keys) => {
      const pages = new Map<string, RelationPage>();
      const groups = groupKeys(keys, ({ filter, prefetch, withSelf }) => ({ filter, prefetch, withSelf: withSelf === true }));
      await Promise.all(
        [...groups.values()].map(async ({ shared: { filter, prefetch, withSelf }, keys: group }) => {
          const read = await findRelationPages(
            db,
            group.map((key) => key.entityId),
            filter,
            prefetch,
            withSelf,
          );
          prime(targets, read.side);
          for (const [entityId, page] of read.value) pages.set(keyOf({ entityId, filter, prefetch }), page);
        }),
      );
      return keys.map((key) => pages.get(keyOf(key)) ?? emptyPage(key.filter.offset));
    },
    { cacheKeyFn: keyOf },
  );
}
