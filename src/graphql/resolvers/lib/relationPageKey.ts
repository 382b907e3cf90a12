/**
 * The key under which an entity's page of relations is loaded, from the `relations` field's
 * arguments: Entity.relations loads with it, and Query.entity starts the same page ahead of the
 * entity (relationsAhead.ts), so both meet in the request's loader. `window` is the one readPage
 * reads (pagination.ts). Throws BAD_USER_INPUT on a bad filter or date, as the field does.
 */
import type { EntityRelationsArgs } from '../../../__generated__/graphql';
import type { RelationPageKey } from '../../loaders/relationPages';
import type { PrefetchPlan } from '../../../store/relations';
import { nonEmptyList, optionalDate } from './arguments';
import type { PageWindow } from './pagination';

export function relationPageKey(
  entityId: string,
  { types, direction, status, from, to }: EntityRelationsArgs,
  window: PageWindow,
  prefetch: PrefetchPlan,
): RelationPageKey {
  return {
    entityId,
    filter: {
      types: nonEmptyList(types),
      direction: direction ?? 'BOTH',
      statuses: nonEmptyList(status),
      from: optionalDate(from, 'from'),
      to: optionalDate(to, 'to'),
      ...window,
    },
    prefetch,
  };
}
