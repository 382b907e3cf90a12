/**
 * The GraphQL a user can paste into GraphiQL to get the same facts an answer gives: the facts
 * by id (Query.nodes), each with its ends, status, date and evidence; connection answers add the
 * paths query, when-answers the entities' own dates. Ids are JSON-quoted, never spliced raw.
 */
const RELATION_FIELDS = `... on Relation {
      id type status date dateInferred role
      from { id name type }
      to { id name type }
      evidence { quote status document { id title publisher } }
    }`;

export function equivalentQuery(
  factIds: readonly string[],
  options: { dateEntityIds?: readonly string[]; path?: [string, string] } = {},
): string | null {
  const parts: string[] = [];
  if (factIds.length > 0) parts.push(`  facts: nodes(ids: ${JSON.stringify(factIds)}) {\n    ${RELATION_FIELDS}\n  }`);
  for (const [i, id] of (options.dateEntityIds ?? []).entries())
    parts.push(
      `  date${i + 1}: entity(id: ${JSON.stringify(id)}) {\n    id name\n    ... on Event { date { value endValue precision inferred status evidence { quote document { id title } } } }\n  }`,
    );
  if (options.path)
    parts.push(
      `  paths(from: ${JSON.stringify(options.path[0])}, to: ${JSON.stringify(options.path[1])}, maxHops: 4) {\n    length steps { id type from { name } to { name } evidence { quote document { title } } }\n  }`,
    );
  return parts.length > 0 ? `{\n${parts.join('\n')}\n}` : null;
}
