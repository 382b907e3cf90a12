/**
 * The relation pages an `entity(id:)` field's selection asks for, read from that selection before
 * the entity is loaded. Query.entity loads them first, and a page's statement brings the entity's
 * own record with it (store/relations.ts), so `entity(id:) { name relations { ... } }` costs one
 * round trip instead of two. Only `relations` fields directly in the selection (or in its
 * fragments, whatever their type condition) count. An optimisation only: a field whose arguments
 * are refused is left to Entity.relations, which reports the error at its own path.
 */
import { getArgumentValues, isInterfaceType, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { EntityRelationsArgs } from '../../../__generated__/graphql';
import type { RelationPageKey } from '../../loaders/relationPages';
import { prefetchOf } from '../../plugins/prefetchPlan';
import { firstReadOf } from './pagination';
import { relationPageKey } from './relationPageKey';

export function relationPagesAhead(info: GraphQLResolveInfo, entityId: string): RelationPageKey[] {
  const entityType = info.schema.getType('Entity');
  const field = isInterfaceType(entityType) ? entityType.getFields().relations : undefined;
  if (!field) return [];
  const keys: RelationPageKey[] = [];
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== 'relations') continue;
        try {
          const args = getArgumentValues(field, selection, info.variableValues) as EntityRelationsArgs;
          keys.push(relationPageKey(entityId, args, firstReadOf(args), prefetchOf(info)));
        } catch {
          // Refused arguments: Entity.relations reports them.
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return keys;
}
