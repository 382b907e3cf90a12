/**
 * Which operation of the editor's document a request names. GraphiQL 5 reads the operation
 * name from its store, which it refreshes 100 ms after the editor changes (a debounce): an
 * Execute right after a tab switch sends the new tab's document with the previous tab's
 * operation name, and the server rightly answers 400 "Unknown operation named ...". A name the
 * document does not define is therefore replaced by the document's only operation; a document
 * that cannot be parsed, or that holds several operations, is sent as GraphiQL built it.
 */
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

export function operationToRun(query: string, requested: string | null | undefined): string | null | undefined {
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return requested;
  }
  if (requested && operations.some((operation) => operation.name?.value === requested)) return requested;
  if (operations.length === 1) return operations[0]!.name?.value ?? null;
  return requested;
}
