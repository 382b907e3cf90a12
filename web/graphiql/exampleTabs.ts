/**
 * Splits docs/queries.graphql into one GraphiQL tab per operation, each with the comment that
 * asks its question. Kept free of DOM code so a unit test can check it against the real file.
 */
import { Kind, parse } from 'graphql';

export function exampleTabs(source: string): Array<{ query: string }> {
  const document = parse(source);
  let previousEnd = 0;
  return document.definitions.flatMap((definition) => {
    const { start, end } = definition.loc!;
    const gap = source.slice(previousEnd, start);
    previousEnd = end;
    if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
    // The comment paragraph right above the operation is its question; a paragraph before a
    // blank line (the file's header) belongs to no one operation.
    const question = gap
      .split(/\n[ \t]*\n/)
      .pop()!
      .trim();
    const operation = source.slice(start, end);
    return [{ query: question ? `${question}\n${operation}\n` : `${operation}\n` }];
  });
}
