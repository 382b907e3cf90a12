/**
 * The key under which an entity's page of relations is loaded, from the `relations` field's
 * arguments: Entity.relations loads with it, and Query.entity starts the same page ahead of the
 * entity (relationsAhead.ts), so both meet in the request's loader. Throws BAD_USER_INPUT on a
 * bad window or date, as the field does.
 */
import type { EntityRelationsArgs } from '../../../__generated__/graphql';
import type { RelationPageKey } from '../../loaders/relationPages';
import type { PrefetchPlan } from '../../../store/relations';
import { nonEmptyList, optionalDate } from './arguments';
import { pageWindow } from './pagination';

export function relationPageKey(
  entityId: string,
  { types, direction, status, from, to, first, after }: EntityRelationsArgs,
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
      ...pageWindow(first, after),
    },
    prefetch,
  };
}
