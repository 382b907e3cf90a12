/**
 * Production errors give no "Did you mean ...?" hints: they would let a caller without
 * introspection rebuild the schema one typo at a time. graphql-js words them several ways
 * (fields, arguments, types, enum values), so the whole hint sentence is removed.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';

const HINT = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(HINT, '');
}

export function hideSuggestionsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestions(error.message);
        },
      };
    },
  };
}
