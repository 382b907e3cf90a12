/**
 * Limits on what one GraphQL request may ask (graphql-armor), so no single query can make the
 * server or Neo4j do unbounded work. The numbers are documented in docs/limits.md; the example
 * analyst queries (docs/queries.graphql) all fit well inside them.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const LIMITS = {
  /** Field nesting; the deepest example query (documents -> facts -> evidence -> document) is 8. */
  maxDepth: 12,
  /** Aliased fields per operation: enough for a dashboard, too few to multiply one costly field. */
  maxAliases: 15,
  /** Directives per operation. */
  maxDirectives: 20,
  /** Lexical tokens per document (GraphiQL's introspection query is about 350). */
  maxTokens: 3_000,
  /**
   * Static cost: 2 per object field, 1 per scalar, times 1.5 per nesting level, and a list's
   * cost times its literal `first`. Two nested pages of 100 (a list of 100 entities with 100
   * relations each, with evidence) cost about 1.2e6 and pass, as "first up to 100 is always
   * accepted" promises; a third nested page of 100 (about 5e8) is refused. graphql-armor only
   * multiplies literal `first` values, not variables: the per-field cap of 100 still bounds those.
   */
  maxCost: 5_000_000,
} as const;

export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // graphql-armor's token plugin re-parses in a plugin hook, so every syntax error (and the limit
    // itself) came out as HTTP 500; graphql-js's own `maxTokens` parse option (apollo.ts) answers 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
    // armor's mask only knows field hints ("Did you mean \"name\"?"), not enum or type hints:
    // plugins/hideSuggestions.ts strips every kind.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
