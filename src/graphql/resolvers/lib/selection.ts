/**
 * What a resolver's own selection asks for below it, read before its store read: a read may then
 * project only those properties (a neighbourhood of 100 entities drawn as id, name and type).
 * Named and inline fragments are followed; `@skip`/`@include` are not evaluated, so a field they
 * might drop still counts (the read errs towards fetching).
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields directly in these selection sets, their fragments' included. */
function fieldsIn(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] {
  const found: FieldNode[] = [];
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return found;
}

/** Whether every field selected at `path` (field names below the resolver's field) is one of `allowed`. */
export function selectsOnly(info: GraphQLResolveInfo, path: readonly string[], allowed: ReadonlySet<string>): boolean {
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) sets = fieldsIn(info, sets).flatMap((field) => (field.name.value === name ? [field.selectionSet] : []));
  return fieldsIn(info, sets).every((field) => allowed.has(field.name.value));
}
