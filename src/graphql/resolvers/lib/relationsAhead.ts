/**
 * The relation pages a field's selection asks for, read from that selection before the entities
 * are loaded. Query.entity loads them first, and a page's statement brings the entity's own record
 * with it (store/relations.ts), so `entity(id:) { name relations { ... } }` costs one round trip
 * instead of two; Query.entities reads its nodes' pages in the list's own statement. Only
 * `relations` fields at the given place in the selection (or in its fragments, whatever their
 * type condition) count. An optimisation only: a field whose arguments are refused is left to
 * Entity.relations, which reports the error at its own path.
 */
import { getArgumentValues, isInterfaceType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { EntityRelationsArgs } from '../../../__generated__/graphql';
import type { RelationPageKey } from '../../loaders/relationPages';
import { prefetchOf } from '../../plugins/prefetchPlan';
import { firstReadOf } from './pagination';
import { relationPageKey } from './relationPageKey';

/** A relation page's key but the entity's: the same for every entity of a list. */
export type RelationPagePlan = Omit<RelationPageKey, 'entityId' | 'withSelf'>;

/** The fields named `name` directly in these selection sets or their fragments. */
function fieldsNamed(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[], name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return found;
}

/** The pages of the `relations` fields found by following `path` (field names) down the selection. */
export function relationPagePlansAt(info: GraphQLResolveInfo, path: readonly string[]): RelationPagePlan[] {
  const entityType = info.schema.getType('Entity');
  const field = isInterfaceType(entityType) ? entityType.getFields().relations : undefined;
  if (!field) return [];
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) sets = fieldsNamed(info, sets, name).map((node) => node.selectionSet);
  return fieldsNamed(info, sets, 'relations').flatMap((selection) => {
    try {
      const args = getArgumentValues(field, selection, info.variableValues) as EntityRelationsArgs;
      const { filter, prefetch } = relationPageKey('', args, firstReadOf(args), prefetchOf(info));
      return [{ filter, prefetch }];
    } catch {
      // Refused arguments: Entity.relations reports them.
      return [];
    }
  });
}

/** The relation pages an `entity(id:)` field's selection asks for. */
export function relationPagesAhead(info: GraphQLResolveInfo, entityId: string): RelationPageKey[] {
  return relationPagePlansAt(info, []).map((plan) => ({ entityId, ...plan }));
}
